package io.datamind.aws.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.aws.AwsClients;
import io.datamind.aws.DynamoDbTableDefinition;
import io.datamind.docs.Json;
import io.datamind.testing.MotoServer;
import io.datamind.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A DataMind deployment on moto (bucket, run table, secret, sources registry) documenting the PostgreSQL schema
 * {@code dm_lambda}, and helpers to invoke handlers with the events of {@code events/}.
 */
final class LambdaFixture {

    static final String SCHEMA = "dm_lambda";
    static final String SOURCE_ID = "shop";
    static final Path EVENTS = Path.of("..", "events");

    final AwsClients clients = MotoServer.shared().clients();
    final String bucket = "datamind-docs-" + UUID.randomUUID();
    final String table = "datamind-runs-" + UUID.randomUUID();
    final String secretName = "datamind/shop-" + UUID.randomUUID();
    final LambdaServices services;
    final String schema;
    private final Map<String, String> extraEnvironment;

    LambdaFixture() {
        this(Map.of());
    }

    /** @param extraEnvironment further handler variables, e.g. the DATAMIND_DESCRIBER settings */
    LambdaFixture(Map<String, String> extraEnvironment) {
        this(SCHEMA, extraEnvironment);
    }

    /** @param schema the PostgreSQL schema the source documents, for tests with their own tables */
    LambdaFixture(String schema, Map<String, String> extraEnvironment) {
        this.schema = schema;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        clients.s3().createBucket(b -> b.bucket(bucket));
        DynamoDbTableDefinition.create(clients.dynamoDb(), table);
        String secretArn = clients.secretsManager().createSecret(b -> b.name(secretName).secretString(rdsSecret())).arn();
        clients.s3().putObject(b -> b.bucket(bucket).key("config/sources.yaml"), RequestBody.fromString("""
                sources:
                  - id: %s
                    secretArn: %s
                    schemas: [%s]
                    options: {mode: auto, maxConcurrency: 4}
                """.formatted(SOURCE_ID, secretArn, schema)));
        services = new LambdaServices(clients, config(), Clock.systemUTC());
    }

    LambdaConfig config() {
        return LambdaConfig.fromEnvironment(environment());
    }

    /** The handlers' environment variables for this deployment. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATAMIND_TABLE", table);
        env.put("DATAMIND_DOCS_BUCKET", bucket);
        env.put("DATAMIND_SOURCES", "s3://" + bucket + "/config/sources.yaml");
        env.put("DATAMIND_RETENTION_DAYS", "7");
        env.putAll(extraEnvironment);
        return env;
    }

    /** The test database as an RDS-format secret; the password (if the URL has one) stays in the secret. */
    static String rdsSecret() {
        URI uri = URI.create(TestDatabases.postgresUrl().substring("jdbc:".length()));
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put("engine", "postgres");
        secret.put("host", uri.getHost());
        secret.put("port", uri.getPort() < 0 ? 5432 : uri.getPort());
        secret.put("username", query.getOrDefault("user", "postgres"));
        secret.put("password", query.getOrDefault("password", ""));
        secret.put("dbname", uri.getPath().substring(1));
        return json(secret);
    }

    /** customers ← orders → products, with nulls, repeated values, a date range and numbers. */
    static void createSchema() throws SQLException {
        createSchema(SCHEMA);
    }

    /** The same three tables in {@code schema}. */
    static void createSchema(String schema) throws SQLException {
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg,
                    "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
                    "CREATE SCHEMA " + schema,
                    "CREATE TABLE " + schema + ".customers (customer_id integer PRIMARY KEY, name text NOT NULL,"
                            + " email text, signed_up date NOT NULL)",
                    "COMMENT ON TABLE " + schema + ".customers IS 'People who bought something'",
                    "INSERT INTO " + schema + ".customers SELECT g, 'Customer ' || g,"
                            + " CASE WHEN g % 5 = 0 THEN NULL ELSE 'c' || g || '@example.com' END,"
                            + " DATE '2024-01-01' + (g % 90) FROM generate_series(1, 60) g",
                    "CREATE TABLE " + schema + ".products (product_id integer PRIMARY KEY, title text NOT NULL,"
                            + " price numeric(10,2) NOT NULL, discontinued boolean)",
                    "INSERT INTO " + schema + ".products SELECT g, 'Product ' || (g % 7), 1.50 * g,"
                            + " CASE WHEN g % 4 = 0 THEN NULL ELSE g % 3 = 0 END FROM generate_series(1, 25) g",
                    "CREATE TABLE " + schema + ".orders (order_id integer PRIMARY KEY,"
                            + " customer_id integer NOT NULL REFERENCES " + schema + ".customers,"
                            + " product_id integer, quantity integer NOT NULL, status text NOT NULL)",
                    "INSERT INTO " + schema + ".orders SELECT g, 1 + (g * 7) % 60, CASE WHEN g % 9 = 0 THEN NULL"
                            + " ELSE 1 + g % 25 END, 1 + g % 4, (ARRAY['new','paid','shipped'])[1 + g % 3]"
                            + " FROM generate_series(1, 240) g",
                    "ANALYZE " + schema + ".customers", "ANALYZE " + schema + ".products", "ANALYZE " + schema + ".orders");
        }
    }

    /** Statements creating {@code schema} afresh with the 12 rows of {@code regions}, which large test tables reference. */
    static String[] schemaWithRegions(String schema) {
        return new String[] {
            "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
            "CREATE SCHEMA " + schema,
            "CREATE TABLE " + schema + ".regions (region_id integer PRIMARY KEY, name text NOT NULL)",
            "INSERT INTO " + schema + ".regions SELECT g, 'Region ' || g FROM generate_series(1, 12) g",
            "ANALYZE " + schema + ".regions"};
    }

    /** An event from events/ with the given fields replaced (e.g. runId, table). */
    static ObjectNode event(String file, Map<String, Object> replacements) throws IOException {
        ObjectNode event = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(EVENTS.resolve(file)));
        replacements.forEach((field, value) -> event.set(field, Json.mapper().valueToTree(value)));
        return event;
    }

    static Map<String, String> table(String name) {
        return Map.of("schema", SCHEMA, "name", name);
    }

    JsonNode invoke(RequestStreamHandler handler, JsonNode event) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(event)), output,
                LocalContext.of("datamind-test"));
        return Json.mapper().readTree(output.toByteArray());
    }

    String text(String key) {
        return clients.s3().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs every handler in the order the state machine does: Plan, per table Scan → Profile → Describe, Relate, Assemble. */
    void runPipeline(String runId, Map<String, Object> options) throws Exception {
        Map<String, Object> input = options == null ? Map.of("runId", runId) : Map.of("runId", runId, "options", options);
        JsonNode planned = invoke(new PlanHandler(() -> services), event("plan.json", input));
        for (JsonNode item : planned.get("tables")) {
            JsonNode scanned = invoke(new ScanTableHandler(() -> services), item);
            JsonNode profiled = invoke(new ProfileTableHandler(() -> services), scanned);
            invoke(new DescribeTableHandler(() -> services), profiled);
        }
        invoke(new RelateHandler(() -> services), event("relate.json", Map.of("runId", runId)));
        JsonNode assembled = invoke(new AssembleHandler(() -> services), event("assemble.json", Map.of("runId", runId)));
        if (!"succeeded".equals(assembled.get("status").asText())) {
            throw new AssertionError("run " + runId + " ended " + assembled);
        }
    }

    /** The deployment's run store, as the handlers see it. */
    io.datamind.pipeline.store.RunStore runStore() {
        return new io.datamind.aws.DynamoDbRunStore(clients.dynamoDb(),
                new io.datamind.aws.S3BlobStore(clients.s3(), bucket, LambdaConfig.STATE_PREFIX),
                io.datamind.aws.DynamoDbRunStore.Settings.of(table, 7), Clock.systemUTC());
    }

    /** The run's published dictionary.json. */
    JsonNode dictionary(String runId) throws IOException {
        return Json.mapper().readTree(text("shop/" + runId + "/dictionary.json"));
    }

    static JsonNode table(JsonNode dictionary, String name) {
        for (JsonNode table : dictionary.get("tables")) {
            if (table.at("/table/name").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name);
    }

    /** A column's entry in a table description ({@code description.columns[]}). */
    static JsonNode describedColumn(JsonNode description, String name) {
        for (JsonNode column : description.get("columns")) {
            if (column.get("column").asText().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
