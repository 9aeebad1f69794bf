package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.docs.Json;
import io.datamind.files.DataFiles;
import io.datamind.pipeline.remote.FileSourceIds;
import io.datamind.testing.DictionarySchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A run over data files in S3 (moto), handler by handler as the state machine calls them: CSV and JSON Lines are
 * streamed from S3, Parquet is read by ranged GETs, and a file that cannot be read becomes a failed table.
 */
class FilesPipelineTest {

    @TempDir
    Path temp;

    @Test
    void anS3PrefixOfDataFilesIsPublishedAsADictionary() throws Exception {
        LambdaFixture fixture = new LambdaFixture();
        String input = "datamind-input-" + UUID.randomUUID();
        fixture.clients.s3().createBucket(b -> b.bucket(input));
        StringBuilder csv = new StringBuilder("order_id,customer_id,total,placed_at\n");
        for (int i = 1; i <= 120; i++) {
            csv.append(i).append(',').append(1 + i % 30).append(',').append(i * 2.5).append(",2025-02-")
                    .append(String.format("%02d", 1 + i % 28)).append(" 10:00:00\n");
        }
        put(fixture, input, "landing/shop/orders.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder customers = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            customers.append("{\"customer_id\": ").append(i).append(", \"profile\": {\"country\": \"PT\", \"age\": ")
                    .append(20 + i).append("}}\n");
        }
        put(fixture, input, "landing/shop/crm/customers.jsonl.gz", gzip(customers.toString()));
        put(fixture, input, "landing/shop/people.parquet", Files.readAllBytes(DataFiles.parquet(temp.resolve("people.parquet"))));
        put(fixture, input, "landing/shop/corrupt.csv.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        put(fixture, input, "landing/shop/_manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        String location = "s3://" + input + "/landing/shop/";
        String runId = "files-" + UUID.randomUUID();

        ObjectNode request = Json.mapper().createObjectNode().put("runId", runId).put("files", location);
        JsonNode planned = fixture.invoke(new PlanHandler(() -> fixture.services), request);
        String sourceId = planned.get("sourceId").asText();
        assertThat(sourceId).isEqualTo(input + ".landing.shop").isEqualTo(FileSourceIds.of(location));
        assertThat(planned.get("tables")).hasSize(4);
        for (JsonNode item : planned.get("tables")) {
            try {
                JsonNode scanned = fixture.invoke(new ScanTableHandler(() -> fixture.services), item);
                JsonNode profiled = fixture.invoke(new ProfileTableHandler(() -> fixture.services), scanned);
                fixture.invoke(new DescribeTableHandler(() -> fixture.services), profiled);
            } catch (RuntimeException e) {
                fixture.invoke(new RecordTableFailureHandler(() -> fixture.services), failure(item, e));
            }
        }
        fixture.invoke(new RelateHandler(() -> fixture.services), runRef(runId, sourceId));
        JsonNode assembled = fixture.invoke(new AssembleHandler(() -> fixture.services), runRef(runId, sourceId));

        assertThat(assembled.get("status").asText()).isEqualTo("partial");
        JsonNode dictionary = Json.mapper().readTree(fixture.text(sourceId + "/" + runId + "/dictionary.json"));
        assertThat(DictionarySchema.validate(dictionary)).isEmpty();
        assertThat(dictionary.at("/source/kind").asText()).isEqualTo("files");
        assertThat(dictionary.at("/source/location").asText()).isEqualTo(location);
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        dictionary.get("tables").forEach(t -> tables.put(t.at("/table/schema").asText() + "." + t.at("/table/name").asText(), t));
        assertThat(tables).containsOnlyKeys("shop.orders", "crm.customers", "shop.people", "shop.corrupt");

        JsonNode orders = tables.get("shop.orders");
        assertThat(orders.at("/profile/rowsProfiled").asLong()).isEqualTo(120);
        assertThat(family(orders, "total")).isEqualTo("decimal");
        assertThat(family(orders, "placed_at")).isEqualTo("timestamp");
        JsonNode customersTable = tables.get("crm.customers");
        assertThat(family(customersTable, "profile.age")).isEqualTo("integer");
        assertThat(customersTable.at("/profile/rowsProfiled").asLong()).isEqualTo(30);
        assertThat(tables.get("shop.people").at("/profile/rowsProfiled").asLong()).isEqualTo(4);
        assertThat(tables.get("shop.corrupt").at("/failure/step").asText()).isEqualTo("scan");
        assertThat(tables.get("shop.corrupt").at("/failure/message").asText()).contains("corrupt.csv.gz");
        assertThat(dictionary.get("relationships").isArray()).as("relate runs over file schemas too").isTrue();
        assertThat(fixture.text(sourceId + "/latest/dictionary.json")).contains(runId);
    }

    @Test
    void aRegisteredFileSourceAndABadLocationAreHandled() throws Exception {
        LambdaFixture fixture = new LambdaFixture();
        String input = "datamind-input-" + UUID.randomUUID();
        fixture.clients.s3().createBucket(b -> b.bucket(input));
        put(fixture, input, "exports/items.tsv", "sku\tqty\nA\t1\nB\t2\n".getBytes(StandardCharsets.UTF_8));
        String registry = fixture.text("config/sources.yaml") + """
                  - id: exports
                    name: Nightly exports
                    files: s3://%s/exports/
                """.formatted(input);
        fixture.clients.s3().putObject(b -> b.bucket(fixture.bucket).key("config/sources.yaml"), RequestBody.fromString(registry));
        LambdaFixture fresh = fixture; // its registry is read on the first invocation, after the edit above
        String runId = "exports-" + UUID.randomUUID();
        JsonNode planned = fresh.invoke(new PlanHandler(() -> fresh.services),
                Json.mapper().createObjectNode().put("runId", runId).put("sourceId", "exports"));
        assertThat(planned.get("tables")).hasSize(1);
        assertThat(planned.at("/tables/0/table/schema").asText()).isEqualTo("exports");

        assertThatThrownBy(() -> fresh.invoke(new PlanHandler(() -> fresh.services),
                Json.mapper().createObjectNode().put("files", "s3://" + input + "/nothing-here/")))
                .hasMessageContaining("no objects under s3://" + input + "/nothing-here/");
    }

    private static String family(JsonNode table, String column) {
        for (JsonNode c : table.at("/schema/columns")) {
            if (c.get("name").asText().equals(column)) {
                return c.get("family").asText();
            }
        }
        throw new AssertionError("no column " + column);
    }

    private static ObjectNode runRef(String runId, String sourceId) {
        return Json.mapper().createObjectNode().put("runId", runId).put("sourceId", sourceId);
    }

    /** What the state machine's Catch hands the failure handler. */
    private static JsonNode failure(JsonNode item, RuntimeException e) {
        ObjectNode failed = item.deepCopy();
        ObjectNode error = failed.putObject("error");
        error.put("Error", e.getClass().getName());
        error.put("Cause", Json.mapper().createObjectNode().put("errorMessage", String.valueOf(e.getMessage()))
                .put("errorType", e.getClass().getName()).toString());
        return failed;
    }

    private static void put(LambdaFixture fixture, String bucket, String key, byte[] bytes) {
        fixture.clients.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
