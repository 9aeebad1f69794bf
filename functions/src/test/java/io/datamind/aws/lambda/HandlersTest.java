package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import io.datamind.docs.TableFailure;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunState;
import io.datamind.pipeline.store.Step;
import io.datamind.profile.TableProfile;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each handler with its event from events/, against moto over HTTP and the real PostgreSQL schema dm_lambda. */
class HandlersTest {

    private static final TableRef CUSTOMERS = new TableRef(LambdaFixture.SCHEMA, "customers");
    private static final TableRef ORDERS = new TableRef(LambdaFixture.SCHEMA, "orders");

    private LambdaFixture fixture;
    private String runId;

    @BeforeAll
    static void database() throws Exception {
        LambdaFixture.createSchema();
    }

    @BeforeEach
    void deployment() {
        fixture = new LambdaFixture();
        runId = "run-" + UUID.randomUUID();
    }

    @Test
    void planRecordsTheRunAndReturnsOnlyReferences() throws Exception {
        JsonNode planned = plan();

        assertThat(planned.get("runId").asText()).isEqualTo(runId);
        assertThat(planned.get("sourceId").asText()).isEqualTo("shop");
        assertThat(planned.get("maxConcurrency").asInt()).as("the event's option wins over the registry's 4").isEqualTo(10);
        List<String> items = new ArrayList<>();
        for (JsonNode item : planned.get("tables")) {
            assertThat(item.get("runId").asText()).isEqualTo(runId);
            assertThat(item.get("sourceId").asText()).isEqualTo("shop");
            assertThat(item.size()).as("a reference: runId, sourceId, table and nothing else").isEqualTo(3);
            items.add(item.get("table").get("schema").asText() + "." + item.get("table").get("name").asText());
        }
        assertThat(items).containsExactly("dm_lambda.customers", "dm_lambda.orders", "dm_lambda.products");
        JsonNode tableList = planned.get("tableList");
        assertThat(tableList.get("bucket").asText()).as("the Distributed Map reads the same items from S3")
                .isEqualTo(fixture.bucket);
        assertThat(Json.mapper().readTree(fixture.text(tableList.get("key").asText()))).isEqualTo(planned.get("tables"));
        RunRecord run = store().getRun(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunState.RUNNING);
        assertThat(run.tablesTotal()).isEqualTo(3);
        assertThat(run.sourceId()).isEqualTo("shop");
    }

    @Test
    void planWithoutRunIdMintsOneAndARetriedPlanKeepsTheRun() throws Exception {
        JsonNode minted = fixture.invoke(new PlanHandler(() -> fixture.services),
                LambdaFixture.event("plan.json", Map.of()));
        assertThat(minted.get("runId").asText()).matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}");

        plan();
        JsonNode again = plan();
        assertThat(again.get("tables")).hasSize(3);
        assertThat(store().getRun(runId).orElseThrow().tablesTotal()).isEqualTo(3);
    }

    @Test
    void scanProfileDescribeStoreTheirResultsAndReturnTheItem() throws Exception {
        plan();
        JsonNode scanned = fixture.invoke(new ScanTableHandler(() -> fixture.services), item("scan-table.json", "customers"));
        JsonNode profiled = fixture.invoke(new ProfileTableHandler(() -> fixture.services), item("profile-table.json", "customers"));
        JsonNode described = fixture.invoke(new DescribeTableHandler(() -> fixture.services), item("describe-table.json", "customers"));

        for (JsonNode output : List.of(scanned, profiled, described)) {
            assertThat(output).isEqualTo(item("scan-table.json", "customers"));
        }
        TableSchema schema = read(CUSTOMERS, Step.SCAN, TableSchema.class);
        assertThat(schema.columns()).extracting(c -> c.name()).containsExactly("customer_id", "name", "email", "signed_up");
        TableProfile profile = read(CUSTOMERS, Step.PROFILE, TableProfile.class);
        assertThat(profile.rowsProfiled()).isEqualTo(60);
        assertThat(profile.column("email").orElseThrow().nullCount()).isEqualTo(12);
        assertThat(profile.column("customer_id").orElseThrow().distinct().value()).isEqualTo(60);
        JsonNode description = Json.mapper().readTree(store().getStepResult(runId, CUSTOMERS, Step.DESCRIBE).orElseThrow());
        assertThat(description.toString()).contains("People who bought something");
        RunRecord run = store().getRun(runId).orElseThrow();
        assertThat(List.of(run.tablesScanned(), run.tablesProfiled(), run.tablesDescribed(), run.tablesFailed()))
                .containsExactly(1, 1, 1, 0);
    }

    @Test
    void theSameScanEventTwiceCountsTheTableOnce() throws Exception {
        plan();
        ScanTableHandler scan = new ScanTableHandler(() -> fixture.services);
        fixture.invoke(scan, item("scan-table.json", "orders"));
        fixture.invoke(scan, item("scan-table.json", "orders"));
        fixture.invoke(scan, item("scan-table.json", "customers"));

        RunRecord run = store().getRun(runId).orElseThrow();
        assertThat(run.tablesScanned()).isEqualTo(2);
        assertThat(store().listStepResults(runId, Step.SCAN).map(r -> r.table().name()).toList())
                .containsExactly("customers", "orders");
        assertThat(read(ORDERS, Step.SCAN, TableSchema.class).foreignKeys()).hasSize(1);
    }

    @Test
    void profileWithoutAScanFailsSoTheCatchCanRecordIt() throws Exception {
        plan();
        assertThatThrownBy(() -> fixture.invoke(new ProfileTableHandler(() -> fixture.services), item("profile-table.json", "orders")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no scan result for table dm_lambda.orders");
    }

    @Test
    void failureHandlerRecordsTheStepAndTheFirstLineOfTheCauseWithoutStackTrace() throws Exception {
        plan();
        JsonNode failedScan = fixture.invoke(new RecordTableFailureHandler(() -> fixture.services),
                item("record-table-failure.json", "orders"));
        assertThat(failedScan).isEqualTo(item("scan-table.json", "orders"));

        TableFailure failure = read(ORDERS, Step.FAILURE, TableFailure.class);
        assertThat(failure.step()).isEqualTo("scan");
        assertThat(failure.errorType()).isEqualTo("SourceAccessException");
        assertThat(failure.message()).isEqualTo(
                "cannot reach the database at jdbc:postgresql://db.internal:5432/shop: Connection refused");

        fixture.invoke(new ScanTableHandler(() -> fixture.services), item("scan-table.json", "customers"));
        fixture.invoke(new ProfileTableHandler(() -> fixture.services), item("profile-table.json", "customers"));
        var timeout = LambdaFixture.event("record-table-failure.json", Map.of("runId", runId,
                "table", LambdaFixture.table("customers"),
                "error", Map.of("Error", "States.Timeout", "Cause", "The task timed out.")));
        fixture.invoke(new RecordTableFailureHandler(() -> fixture.services), timeout);
        TableFailure describeFailure = read(CUSTOMERS, Step.FAILURE, TableFailure.class);
        assertThat(describeFailure.step()).isEqualTo("describe");
        assertThat(describeFailure.errorType()).isEqualTo("States.Timeout".substring("States.".length()));
        assertThat(describeFailure.message()).isEqualTo("The task timed out.");
        assertThat(store().getRun(runId).orElseThrow().tablesFailed()).isEqualTo(2);
    }

    @Test
    void logLinesAreJsonWithRunAndTableAndMetricsAreEmf() throws Exception {
        plan();
        String stdout = captureStdout(() -> {
            fixture.invoke(new ScanTableHandler(() -> fixture.services), item("scan-table.json", "customers"));
            fixture.invoke(new ProfileTableHandler(() -> fixture.services), item("profile-table.json", "customers"));
        });

        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        JsonNode scannedLine = lines.stream().filter(l -> "scanned".equals(l.path("message").asText())).findFirst().orElseThrow();
        assertThat(scannedLine.get("level").asText()).isEqualTo("INFO");
        assertThat(scannedLine.get("runId").asText()).isEqualTo(runId);
        assertThat(scannedLine.get("table").asText()).isEqualTo("dm_lambda.customers");
        assertThat(scannedLine.get("sourceId").asText()).isEqualTo("shop");
        assertThat(scannedLine.get("function_name").asText()).isEqualTo("datamind-test");

        List<JsonNode> emf = lines.stream().filter(l -> l.has("_aws")).toList();
        assertThat(emf).isNotEmpty();
        List<String> metricNames = new ArrayList<>();
        for (JsonNode blob : emf) {
            assertThat(blob.get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").asText()).isEqualTo("DataMind");
            blob.get("_aws").get("CloudWatchMetrics").get(0).get("Metrics").forEach(m -> metricNames.add(m.get("Name").asText()));
        }
        assertThat(metricNames).contains("TablesScanned", "TablesProfiled", "RowsProfiled");
        JsonNode profiled = emf.stream().filter(b -> b.has("RowsProfiled")).findFirst().orElseThrow();
        assertThat(profiled.get("RowsProfiled").asDouble()).isEqualTo(60.0);
        assertThat(profiled.get("TablesProfiled").asDouble()).isEqualTo(1.0);
    }

    private interface Work {
        void run() throws Exception;
    }

    static String captureStdout(Work work) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private JsonNode plan() throws Exception {
        return fixture.invoke(new PlanHandler(() -> fixture.services), LambdaFixture.event("plan.json", Map.of("runId", runId)));
    }

    private JsonNode item(String file, String table) throws Exception {
        return LambdaFixture.event(file, Map.of("runId", runId, "table", LambdaFixture.table(table)));
    }

    private io.datamind.pipeline.store.RunStore store() {
        return new io.datamind.aws.DynamoDbRunStore(fixture.clients.dynamoDb(),
                new io.datamind.aws.S3BlobStore(fixture.clients.s3(), fixture.bucket, LambdaConfig.STATE_PREFIX),
                io.datamind.aws.DynamoDbRunStore.Settings.of(fixture.table, 7), java.time.Clock.systemUTC());
    }

    private <T> T read(TableRef table, Step step, Class<T> type) throws Exception {
        return Json.mapper().readValue(store().getStepResult(runId, table, step).orElseThrow(), type);
    }
}
