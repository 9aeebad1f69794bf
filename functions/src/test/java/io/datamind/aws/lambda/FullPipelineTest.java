package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.describe.heuristic.HeuristicDescriber;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.Json;
import io.datamind.pipeline.LocalRunner;
import io.datamind.pipeline.ProgressListener;
import io.datamind.pipeline.RunOptions;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunState;
import io.datamind.profile.ProfileOptions;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.testing.DictionarySchema;
import io.datamind.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The state machine's order of calls, handler by handler: Plan → (Scan → Profile → Describe) per table → Relate →
 * Assemble, on moto and PostgreSQL; the published dictionary must say what the local pipeline says.
 */
class FullPipelineTest {

    @BeforeAll
    static void database() throws Exception {
        LambdaFixture.createSchema();
    }

    @Test
    void publishesTheSameDictionaryAsTheLocalPipeline() throws Exception {
        LambdaFixture fixture = new LambdaFixture();
        String runId = "full-" + UUID.randomUUID();

        JsonNode planned = fixture.invoke(new PlanHandler(() -> fixture.services),
                LambdaFixture.event("plan.json", Map.of("runId", runId)));
        for (JsonNode item : planned.get("tables")) {
            JsonNode afterScan = fixture.invoke(new ScanTableHandler(() -> fixture.services), item);
            JsonNode afterProfile = fixture.invoke(new ProfileTableHandler(() -> fixture.services), afterScan);
            fixture.invoke(new DescribeTableHandler(() -> fixture.services), afterProfile);
        }
        JsonNode runRef = LambdaFixture.event("relate.json", Map.of("runId", runId));
        JsonNode related = fixture.invoke(new RelateHandler(() -> fixture.services), runRef);
        JsonNode assembled = fixture.invoke(new AssembleHandler(() -> fixture.services),
                LambdaFixture.event("assemble.json", Map.of("runId", runId)));

        assertThat(related.get("relationships").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(assembled.get("status").asText()).isEqualTo("succeeded");
        String prefix = "shop/" + runId + "/";
        assertThat(assembled.get("documentation").asText()).isEqualTo("s3://" + fixture.bucket + "/" + prefix);
        assertThat(assembled.get("runId").asText()).isEqualTo(runId);

        JsonNode cloud = Json.mapper().readTree(fixture.text(prefix + "dictionary.json"));
        assertThat(DictionarySchema.validate(cloud)).isEmpty();
        JsonNode local = Json.mapper().readTree(Json.mapper().writeValueAsString(localDictionary()));

        assertThat(tableKeys(cloud)).containsExactly("dm_lambda.customers", "dm_lambda.orders", "dm_lambda.products");
        assertThat(tableKeys(cloud)).isEqualTo(tableKeys(local));
        for (int i = 0; i < local.get("tables").size(); i++) {
            JsonNode cloudTable = cloud.get("tables").get(i);
            JsonNode localTable = local.get("tables").get(i);
            assertThat(cloudTable.get("schema")).isEqualTo(localTable.get("schema"));
            assertThat(differences(withoutDuration(cloudTable.get("profile")), withoutDuration(localTable.get("profile")), ""))
                    .as("profile of %s", cloudTable.get("table")).isEmpty();
            assertThat(cloudTable.get("description")).isEqualTo(localTable.get("description"));
            assertThat(cloudTable.has("failure")).isFalse();
            assertThat(figures(cloudTable)).isEqualTo(figures(localTable));
        }
        assertThat(cloud.get("relationships")).isEqualTo(local.get("relationships"));
        assertThat(cloud.get("run").get("status").asText()).isEqualTo("succeeded");
        assertThat(cloud.get("run").get("tablesTotal").asInt()).isEqualTo(3);

        // figures checked against the data itself, not only against the local pipeline
        JsonNode customers = LambdaFixture.table(cloud, "customers");
        assertThat(customers.at("/schema/rowCount/value").asLong()).isEqualTo(60);
        JsonNode email = column(customers, "email");
        assertThat(email.get("nullCount").asLong()).isEqualTo(12);
        assertThat(email.at("/distinct/value").asLong()).isEqualTo(48);
        JsonNode quantity = column(LambdaFixture.table(cloud, "orders"), "quantity");
        assertThat(quantity.at("/numeric/min").asDouble()).isEqualTo(1.0);
        assertThat(quantity.at("/numeric/max").asDouble()).isEqualTo(4.0);
        JsonNode signedUp = column(customers, "signed_up");
        assertThat(signedUp.at("/temporal/min").asText()).startsWith("2024-01-02");
        assertThat(signedUp.at("/temporal/max").asText()).startsWith("2024-03-01");

        assertPublished(fixture, prefix);
        RunRecord run = new io.datamind.aws.DynamoDbRunStore(fixture.clients.dynamoDb(),
                new io.datamind.aws.S3BlobStore(fixture.clients.s3(), fixture.bucket, LambdaConfig.STATE_PREFIX),
                io.datamind.aws.DynamoDbRunStore.Settings.of(fixture.table, 7), Clock.systemUTC()).getRun(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunState.SUCCEEDED);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(List.of(run.tablesScanned(), run.tablesProfiled(), run.tablesDescribed(), run.tablesFailed()))
                .containsExactly(3, 3, 3, 0);
    }

    @Test
    void aTableWhoseStepFailedAppearsWithItsErrorAndTheRunIsPartial() throws Exception {
        LambdaFixture fixture = new LambdaFixture();
        String runId = "partial-" + UUID.randomUUID();
        JsonNode planned = fixture.invoke(new PlanHandler(() -> fixture.services),
                LambdaFixture.event("plan.json", Map.of("runId", runId)));
        for (JsonNode item : planned.get("tables")) {
            JsonNode scanned = fixture.invoke(new ScanTableHandler(() -> fixture.services), item);
            if (item.at("/table/name").asText().equals("products")) {
                ObjectNode failed = item.deepCopy();
                failed.set("error", Json.mapper().valueToTree(Map.of("Error", "Lambda.Unknown",
                        "Cause", "The function ran out of memory")));
                fixture.invoke(new RecordTableFailureHandler(() -> fixture.services), failed);
                continue;
            }
            fixture.invoke(new DescribeTableHandler(() -> fixture.services),
                    fixture.invoke(new ProfileTableHandler(() -> fixture.services), scanned));
        }
        fixture.invoke(new RelateHandler(() -> fixture.services), LambdaFixture.event("relate.json", Map.of("runId", runId)));
        JsonNode assembled = fixture.invoke(new AssembleHandler(() -> fixture.services),
                LambdaFixture.event("assemble.json", Map.of("runId", runId)));

        assertThat(assembled.get("status").asText()).isEqualTo("partial");
        JsonNode cloud = Json.mapper().readTree(fixture.text("shop/" + runId + "/dictionary.json"));
        JsonNode products = LambdaFixture.table(cloud, "products");
        assertThat(products.at("/failure/step").asText()).isEqualTo("profile");
        assertThat(products.at("/failure/errorType").asText()).isEqualTo("Unknown");
        assertThat(products.at("/failure/message").asText()).isEqualTo("The function ran out of memory");
        assertThat(products.has("schema")).as("the scan result is kept").isTrue();
        assertThat(cloud.at("/run/tablesFailed").asInt()).isEqualTo(1);
        assertThat(LambdaFixture.table(cloud, "orders").has("profile")).isTrue();
    }

    private static void assertPublished(LambdaFixture fixture, String prefix) throws Exception {
        var s3 = fixture.clients.s3();
        assertThat(s3.headObject(b -> b.bucket(fixture.bucket).key(prefix + "dictionary.json")).contentType())
                .isEqualTo("application/json");
        assertThat(s3.headObject(b -> b.bucket(fixture.bucket).key(prefix + "index.html")).contentType())
                .isEqualTo("text/html; charset=utf-8");
        assertThat(s3.headObject(b -> b.bucket(fixture.bucket).key(prefix + "README.md")).contentType())
                .isEqualTo("text/markdown; charset=utf-8");
        assertThat(s3.headObject(b -> b.bucket(fixture.bucket).key(prefix + "bundle.zip")).contentType())
                .isEqualTo("application/zip");
        assertThat(s3.headObject(b -> b.bucket(fixture.bucket).key("shop/latest/index.html")).contentType())
                .isEqualTo("text/html; charset=utf-8");
        assertThat(s3.headObject(b -> b.bucket(fixture.bucket).key("shop/latest/bundle.zip")).contentType())
                .isEqualTo("application/zip");
        assertThat(fixture.text("shop/latest/dictionary.json")).isEqualTo(fixture.text(prefix + "dictionary.json"));

        List<String> runKeys = s3.listObjectsV2Paginator(b -> b.bucket(fixture.bucket).prefix(prefix)).contents().stream()
                .map(o -> o.key().substring(prefix.length())).filter(k -> !k.equals("bundle.zip")).sorted().toList();
        Map<String, String> zipped = new LinkedHashMap<>();
        byte[] bundle = s3.getObjectAsBytes(b -> b.bucket(fixture.bucket).key(prefix + "bundle.zip")).asByteArray();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                zipped.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(zipped.keySet()).containsExactlyInAnyOrderElementsOf(runKeys)
                .contains("dictionary.json", "index.html", "README.md", "tables/dm_lambda.orders.md");
        assertThat(zipped.get("dictionary.json")).isEqualTo(fixture.text(prefix + "dictionary.json"));
    }

    private static DataDictionary localDictionary() {
        SourceConfig config = new SourceConfig(TestDatabases.postgresUrl(), null, null,
                new TableFilter(List.of(LambdaFixture.SCHEMA), List.of(), List.of()), null);
        return new LocalRunner(new JdbcSource(config), new RunOptions("shop", ProfileOptions.DEFAULTS, 2),
                new HeuristicDescriber(), "heuristic", ProgressListener.NONE, Clock.systemUTC()).run("local-run");
    }

    private static List<String> tableKeys(JsonNode dictionary) {
        List<String> keys = new ArrayList<>();
        dictionary.get("tables").forEach(t -> keys.add(t.at("/table/schema").asText() + "." + t.at("/table/name").asText()));
        return keys;
    }

    /** JSON pointers where the two documents differ, with both values. */
    private static List<String> differences(JsonNode actual, JsonNode expected, String path) {
        List<String> found = new ArrayList<>();
        if (actual != null && expected != null && actual.isContainerNode() && expected.isContainerNode()
                && actual.getNodeType() == expected.getNodeType()) {
            if (actual.isObject()) {
                java.util.Set<String> names = new java.util.TreeSet<>();
                actual.fieldNames().forEachRemaining(names::add);
                expected.fieldNames().forEachRemaining(names::add);
                names.forEach(name -> found.addAll(differences(actual.get(name), expected.get(name), path + "/" + name)));
            } else {
                for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
                    found.addAll(differences(actual.get(i), expected.get(i), path + "/" + i));
                }
            }
        } else if (actual == null || !actual.equals(expected)) {
            found.add(path + ": " + actual + " vs local " + expected);
        }
        return found;
    }

    /**
     * The profile without its duration and without the KLL-sketch figures (quantiles and the histogram drawn from
     * them): the sketch compacts at random, so two runs over the same rows may differ by a rank or two.
     */
    private static JsonNode withoutDuration(JsonNode profile) {
        ObjectNode copy = profile.deepCopy();
        copy.remove("durationMs");
        for (JsonNode column : copy.get("columns")) {
            if (column.has("numeric")) {
                ((ObjectNode) column.get("numeric")).remove(List.of("quantiles", "histogram"));
            }
        }
        return copy;
    }

    /** The figures the issue names, per column: rows, nulls, distinct, min, max. */
    private static Map<String, List<String>> figures(JsonNode table) {
        Map<String, List<String>> figures = new LinkedHashMap<>();
        figures.put("<rowCount>", List.of(table.at("/schema/rowCount").toString()));
        for (JsonNode column : table.at("/profile/columns")) {
            figures.put(column.get("column").asText(), List.of(column.get("rows").asText(), column.get("nullCount").asText(),
                    column.get("distinct").toString(), minMax(column, "min"), minMax(column, "max")));
        }
        return figures;
    }

    private static String minMax(JsonNode column, String which) {
        for (String block : List.of("numeric", "temporal", "text")) {
            if (column.has(block) && column.get(block).has(which)) {
                return column.get(block).get(which).asText();
            }
        }
        return "";
    }

    private static JsonNode column(JsonNode table, String name) {
        for (JsonNode column : table.at("/profile/columns")) {
            if (column.get("column").asText().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
