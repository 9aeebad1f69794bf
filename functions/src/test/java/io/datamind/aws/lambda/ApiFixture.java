package io.datamind.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.aws.AwsClients;
import io.datamind.aws.DynamoDbRunStore;
import io.datamind.aws.DynamoDbTableDefinition;
import io.datamind.aws.S3BlobStore;
import io.datamind.docs.Json;
import io.datamind.pipeline.store.RunStore;
import io.datamind.testing.MotoServer;
import io.datamind.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * A DataMind deployment on moto for the API: documentation and input buckets, run table, a registry of 25 sources
 * (one of them, {@code shop}, the PostgreSQL schema {@code dm_api} behind a real secret), and a state machine whose
 * executions stay running (one Wait state), so the API's executions can be inspected and stopped.
 */
final class ApiFixture {

    static final String SCHEMA = "dm_api";
    static final String SOURCE_ID = "shop";
    static final int SOURCES = 25;
    static final Path EVENTS = Path.of("..", "events");

    final AwsClients clients = MotoServer.shared().clients();
    final String bucket = "datamind-api-docs-" + UUID.randomUUID();
    final String inputBucket = "datamind-api-input-" + UUID.randomUUID();
    final String table = "datamind-api-runs-" + UUID.randomUUID();
    final String stateMachineArn;
    final ApiHandler handler;

    ApiFixture() {
        clients.s3().createBucket(b -> b.bucket(bucket));
        clients.s3().createBucket(b -> b.bucket(inputBucket));
        DynamoDbTableDefinition.create(clients.dynamoDb(), table);
        String secretArn = clients.secretsManager().createSecret(b -> b.name("datamind/api-" + UUID.randomUUID())
                .secretString(LambdaFixture.rdsSecret())).arn();
        clients.s3().putObject(b -> b.bucket(bucket).key("config/sources.yaml"), RequestBody.fromString(registry(secretArn)));
        // a Wait state keeps every execution RUNNING whether or not moto interprets state machines
        stateMachineArn = clients.stepFunctions().createStateMachine(b -> b.name("datamind-api-" + UUID.randomUUID())
                .roleArn("arn:aws:iam::123456789012:role/datamind-api-test")
                .definition("{\"StartAt\":\"Hold\",\"States\":{\"Hold\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}"))
                .stateMachineArn();
        var api = ApiHandler.wire(clients, ApiConfig.fromEnvironment(environment()), Clock.systemUTC());
        handler = new ApiHandler(() -> api);
    }

    /** shop first, then src-01 … src-24 out of order: the API lists by id whatever the registry's order. */
    private static String registry(String secretArn) {
        StringBuilder yaml = new StringBuilder("sources:\n");
        yaml.append("  - id: ").append(SOURCE_ID).append("\n    name: Shop database\n    secretArn: ").append(secretArn)
                .append("\n    schemas: [").append(SCHEMA).append("]\n    options: {mode: auto, maxConcurrency: 4}\n");
        for (int i = SOURCES - 1; i >= 1; i--) {
            yaml.append("  - id: src-%02d\n    secretArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:src-%02d\n"
                    .formatted(i, i));
        }
        return yaml.toString();
    }

    /** An API of this deployment with some variables changed, e.g. pointing at a missing registry. */
    ApiHandler handlerWith(Map<String, String> overrides) {
        Map<String, String> env = environment();
        env.putAll(overrides);
        var api = ApiHandler.wire(clients, ApiConfig.fromEnvironment(env), Clock.systemUTC());
        return new ApiHandler(() -> api);
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATAMIND_TABLE", table);
        env.put("DATAMIND_DOCS_BUCKET", bucket);
        env.put("DATAMIND_SOURCES", "s3://" + bucket + "/config/sources.yaml");
        env.put("DATAMIND_STATE_MACHINE_ARN", stateMachineArn);
        env.put("DATAMIND_INPUT_BUCKET", inputBucket);
        return env;
    }

    /** The run store exactly as the pipeline's handlers build it. */
    RunStore runStore() {
        return new DynamoDbRunStore(clients.dynamoDb(), new S3BlobStore(clients.s3(), bucket, LambdaConfig.STATE_PREFIX),
                DynamoDbRunStore.Settings.of(table, 7), Clock.systemUTC());
    }

    LambdaServices pipeline() {
        return new LambdaServices(clients, LambdaConfig.fromEnvironment(environment()), Clock.systemUTC());
    }

    /** customers ← orders, small. */
    static void createSchema() throws SQLException {
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg,
                    "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
                    "CREATE SCHEMA " + SCHEMA,
                    "CREATE TABLE " + SCHEMA + ".customers (customer_id integer PRIMARY KEY, email text)",
                    "INSERT INTO " + SCHEMA + ".customers SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 30) g",
                    "CREATE TABLE " + SCHEMA + ".orders (order_id integer PRIMARY KEY,"
                            + " customer_id integer NOT NULL REFERENCES " + SCHEMA + ".customers, total numeric(10,2))",
                    "INSERT INTO " + SCHEMA + ".orders SELECT g, 1 + g % 30, g * 1.25 FROM generate_series(1, 90) g",
                    "ANALYZE " + SCHEMA + ".customers", "ANALYZE " + SCHEMA + ".orders");
        }
    }

    /** An API Gateway event from events/. */
    static ObjectNode event(String file) throws IOException {
        return (ObjectNode) Json.mapper().readTree(Files.readAllBytes(EVENTS.resolve(file)));
    }

    /** A proxy event for any method, path, body and headers, shaped like the fixtures. */
    static ObjectNode request(String method, String path, String body, Map<String, String> headers) throws IOException {
        ObjectNode event = event("api-get-run.json");
        event.put("httpMethod", method).put("path", path).put("resource", "/{proxy+}");
        event.putNull("pathParameters");
        event.putNull("queryStringParameters");
        event.set("headers", Json.mapper().valueToTree(headers));
        event.remove("multiValueHeaders");
        if (body == null) {
            event.putNull("body");
        } else {
            event.put("body", body);
        }
        return event;
    }

    static ObjectNode get(String path, Map<String, String> query) throws IOException {
        ObjectNode event = request("GET", path, null, Map.of("Accept", "application/json"));
        event.set("queryStringParameters", query.isEmpty() ? null : Json.mapper().valueToTree(query));
        return event;
    }

    static ObjectNode postJson(String body) throws IOException {
        return request("POST", "/runs", body, Map.of("Content-Type", "application/json"));
    }

    /** What API Gateway would return: status, headers and the parsed body. */
    record Answer(int status, Map<String, String> headers, String rawBody, JsonNode body) {
    }

    Answer call(JsonNode event) throws IOException {
        return call(handler, event);
    }

    static Answer call(ApiHandler handler, JsonNode event) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(event)), output,
                LocalContext.of("datamind-api-test"));
        JsonNode response = Json.mapper().readTree(output.toByteArray());
        Map<String, String> headers = new LinkedHashMap<>();
        response.get("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        String body = response.get("body").asText();
        return new Answer(response.get("statusCode").asInt(), headers, body, Json.mapper().readTree(body));
    }

    JsonNode invoke(com.amazonaws.services.lambda.runtime.RequestStreamHandler step, JsonNode event) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        step.handleRequest(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(event)), output,
                LocalContext.of("datamind-test"));
        return Json.mapper().readTree(output.toByteArray());
    }
}
