package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.aws.lambda.ApiFixture.Answer;
import io.datamind.docs.Json;
import io.datamind.docs.RunStatus;
import io.datamind.docs.TableFailure;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunStore;
import io.datamind.pipeline.store.Step;
import io.datamind.scan.TableRef;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/** Every API route through the Lambda handler, against moto (S3, DynamoDB, Step Functions) and real PostgreSQL. */
class ApiHandlerTest {

    private static final String RUN_ID_PATTERN = "\\d{8}T\\d{6}Z-[0-9a-f]{6}";
    private static ApiFixture fixture;

    @BeforeAll
    static void deploy() throws Exception {
        ApiFixture.createSchema();
        fixture = new ApiFixture();
    }

    @Test
    void postRunsStartsOneExecutionNamedByTheRunIdWithTheRequestAsInput() throws Exception {
        Answer answer = fixture.call(ApiFixture.event("api-post-runs.json"));

        assertThat(answer.status()).isEqualTo(202);
        String runId = answer.body().get("runId").asText();
        assertThat(runId).matches(RUN_ID_PATTERN);
        assertThat(answer.headers()).containsEntry("Location", "/runs/" + runId)
                .containsEntry("Content-Type", "application/json");
        assertThat(answer.body().get("status").asText()).isEqualTo("starting");
        DescribeExecutionResponse execution = execution(runId);
        assertThat(execution.name()).isEqualTo(runId);
        assertThat(Json.mapper().readTree(execution.input())).isEqualTo(Json.mapper().readTree("""
                {"sourceId": "shop", "runId": "%s",
                 "options": {"mode": "sample", "sampleRows": 5000, "describer": "heuristic"}}""".formatted(runId)));

        Answer run = fixture.call(ApiFixture.get("/runs/" + runId, Map.of()));
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().get("status").asText()).as("Plan has not recorded the run yet").isEqualTo("starting");
        assertThat(run.body().get("sourceId").asText()).isEqualTo("shop");
        assertThat(run.body().at("/progress/total").asInt()).isZero();

        Answer documentation = fixture.call(ApiFixture.get("/runs/" + runId + "/documentation", Map.of("format", "md")));
        assertThat(documentation.status()).isEqualTo(409);
        assertThat(documentation.headers()).containsEntry("Content-Type", "application/problem+json");
        assertThat(documentation.body().get("detail").asText()).contains("run " + runId + " is starting", "poll GET /runs/");
    }

    @Test
    void postRunsWithFilesAcceptsOnlyTheInputBucketAndSupportedFiles() throws Exception {
        ObjectNode event = ApiFixture.event("api-post-runs-files.json");
        event.put("body", "{\"files\": \"s3://" + fixture.inputBucket + "/incoming/sales/\", \"options\": {\"full\": true}}");
        Answer answer = fixture.call(event);

        assertThat(answer.status()).isEqualTo(202);
        String runId = answer.body().get("runId").asText();
        assertThat(Json.mapper().readTree(execution(runId).input())).isEqualTo(Json.mapper().readTree("""
                {"runId": "%s", "files": "s3://%s/incoming/sales/", "options": {"full": true}}"""
                .formatted(runId, fixture.inputBucket)));

        int before = executionCount();
        Answer elsewhere = fixture.call(ApiFixture.postJson("{\"files\": \"s3://someone-elses-bucket/data/\"}"));
        assertProblem(elsewhere, 400, "/files", "must be a location in the input bucket, s3://" + fixture.inputBucket);
        Answer notData = fixture.call(ApiFixture.postJson("{\"files\": \"s3://" + fixture.inputBucket + "/incoming/notes.docx\"}"));
        assertProblem(notData, 400, "/files", "notes.docx, which is not a supported data file");
        assertThat(executionCount()).isEqualTo(before);
    }

    @Test
    void badBodiesAreRefusedWithTheReasonAndStartNothing() throws Exception {
        int before = executionCount();

        assertProblem(fixture.call(ApiFixture.postJson("{\"sourceId\": \"shop\",")), 400, "", "not valid JSON at line 1");
        Answer schema = fixture.call(ApiFixture.postJson(
                "{\"sourceId\": \"shop\", \"colour\": 1, \"options\": {\"mode\": \"fast\", \"sampleRows\": 0}}"));
        assertThat(schema.status()).isEqualTo(400);
        assertThat(pointers(schema)).containsExactly("/colour", "/options/mode", "/options/sampleRows");
        assertThat(schema.body().get("detail").asText()).contains("start-run.schema.json", "/options/mode");
        assertProblem(fixture.call(ApiFixture.postJson("{}")), 400, "", "sourceId (a registered source");
        assertProblem(fixture.call(ApiFixture.postJson("[1, 2]")), 400, "", "");
        assertProblem(fixture.call(ApiFixture.postJson("{\"sourceId\": \"crm\"}")), 400, "/sourceId",
                "source 'crm' is not registered; GET /sources lists");
        assertProblem(fixture.call(ApiFixture.postJson("{\"sourceId\": \"../etc\"}")), 400, "/sourceId", "");
        assertProblem(fixture.call(ApiFixture.postJson("")), 400, "", "the request has no body");

        Answer noType = fixture.call(ApiFixture.request("POST", "/runs", "{\"sourceId\": \"shop\"}", Map.of()));
        assertThat(noType.status()).isEqualTo(415);
        assertThat(noType.body().get("detail").asText()).contains("Content-Type: application/json (the request has none)");
        Answer text = fixture.call(ApiFixture.request("POST", "/runs", "{\"sourceId\": \"shop\"}",
                Map.of("content-type", "text/plain")));
        assertThat(text.status()).isEqualTo(415);

        String padded = "{\"sourceId\": \"shop\", \"pad\": \"" + "x".repeat(70 * 1024) + "\"}";
        Answer tooLarge = fixture.call(ApiFixture.postJson(padded));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().get("detail").asText()).contains("at most 65536 are accepted");

        assertThat(executionCount()).as("no execution started").isEqualTo(before);
    }

    @Test
    void aBase64BodyIsDecodedBeforeValidation() throws Exception {
        ObjectNode event = ApiFixture.postJson(java.util.Base64.getEncoder()
                .encodeToString("{\"sourceId\": \"shop\"}".getBytes(StandardCharsets.UTF_8)));
        event.put("isBase64Encoded", true);

        assertThat(fixture.call(event).status()).isEqualTo(202);
    }

    @Test
    void wrongMethodsAndUnknownRoutesAreNamed() throws Exception {
        Answer delete = fixture.call(ApiFixture.request("DELETE", "/runs/20261123T010203Z-a1b2c3", null, Map.of()));
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.headers()).containsEntry("Allow", "GET");
        assertThat(delete.body().get("detail").asText()).isEqualTo("DELETE is not supported on /runs/20261123T010203Z-a1b2c3; use GET");
        assertThat(fixture.call(ApiFixture.request("GET", "/runs", null, Map.of())).headers()).containsEntry("Allow", "POST");
        assertThat(fixture.call(ApiFixture.request("POST", "/sources", "{}", Map.of())).status()).isEqualTo(405);

        Answer nowhere = fixture.call(ApiFixture.get("/tables", Map.of()));
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.body().get("type").asText()).isEqualTo("urn:datamind:problem:no-such-route");
        assertThat(nowhere.body().get("instance").asText()).isEqualTo("/tables");
        assertThat(fixture.call(ApiFixture.get("/runs/a/b/c", Map.of())).status()).isEqualTo(404);
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundOrInvalid() throws Exception {
        Answer run = fixture.call(ApiFixture.get("/runs/20990101T000000Z-000000", Map.of()));
        assertThat(run.status()).isEqualTo(404);
        assertThat(run.body().get("title").asText()).isEqualTo("No such run");
        assertThat(run.body().get("detail").asText()).contains("there is no run 20990101T000000Z-000000");
        assertThat(fixture.call(ApiFixture.get("/runs/20990101T000000Z-000000/documentation", Map.of())).status())
                .isEqualTo(404);
        Answer source = fixture.call(ApiFixture.get("/sources/crm", Map.of()));
        assertThat(source.status()).isEqualTo(404);
        assertThat(source.body().get("detail").asText()).isEqualTo("there is no source 'crm'; GET /sources lists the registered sources");
        assertThat(fixture.call(ApiFixture.get("/sources/crm/latest", Map.of())).status()).isEqualTo(404);

        Answer malformed = fixture.call(ApiFixture.get("/runs/run id with spaces", Map.of()));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().at("/errors/0/parameter").asText()).isEqualTo("id");
        Answer format = fixture.call(ApiFixture.get("/runs/20990101T000000Z-000000/documentation", Map.of("format", "pdf")));
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.body().get("detail").asText()).isEqualTo("format must be one of html, md, json, zip; got pdf");
    }

    @Test
    void sourcesArePagedByIdWithAnOpaqueTokenAndNeverShowSecrets() throws Exception {
        List<String> ids = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            Answer page = fixture.call(ApiFixture.get("/sources",
                    token == null ? Map.of("limit", "10") : Map.of("limit", "10", "nextToken", token)));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.rawBody()).doesNotContain("secret");
            page.body().get("sources").forEach(source -> ids.add(source.get("id").asText()));
            pageSizes.add(page.body().get("sources").size());
            token = page.body().hasNonNull("nextToken") ? page.body().get("nextToken").asText() : null;
        } while (token != null);

        assertThat(pageSizes).containsExactly(10, 10, 5);
        assertThat(ids).hasSize(ApiFixture.SOURCES).doesNotHaveDuplicates().isSorted().contains("shop", "src-01", "src-24");
        Answer defaults = fixture.call(ApiFixture.get("/sources", Map.of()));
        assertThat(defaults.body().get("sources").size()).isEqualTo(25);
        assertThat(defaults.body().has("nextToken")).isFalse();

        assertProblemParameter(fixture.call(ApiFixture.get("/sources", Map.of("limit", "0"))), "limit",
                "limit must be a whole number from 1 to 100; got 0");
        assertProblemParameter(fixture.call(ApiFixture.get("/sources", Map.of("limit", "ten"))), "limit", "got ten");
        assertProblemParameter(fixture.call(ApiFixture.get("/sources", Map.of("nextToken", "bm90LW91cnM"))), "nextToken",
                "nextToken is not a token this API issued");
    }

    @Test
    void aSourceShowsWhatItDocumentsButNotItsSecret() throws Exception {
        Answer shop = fixture.call(ApiFixture.event("api-get-source.json"));

        assertThat(shop.status()).isEqualTo(200);
        assertThat(shop.body().get("name").asText()).isEqualTo("Shop database");
        assertThat(shop.body().get("schemas")).containsExactly(Json.mapper().valueToTree(ApiFixture.SCHEMA));
        assertThat(shop.body().at("/options/maxConcurrency").asInt()).isEqualTo(4);
        assertThat(shop.body().at("/links/latest").asText()).isEqualTo("/sources/shop/latest");
        assertThat(shop.rawBody()).doesNotContain("secret", "arn:aws:secretsmanager");
        Answer latest = fixture.call(ApiFixture.get("/sources/src-07/latest", Map.of()));
        assertThat(latest.status()).isEqualTo(404);
        assertThat(latest.body().get("detail").asText()).contains("source 'src-07' has no published documentation yet");
    }

    @Test
    void runProgressComesFromTheRunStoreTableByTable() throws Exception {
        RunStore store = fixture.runStore();
        String runId = "20261123T000000Z-" + Long.toHexString(System.nanoTime()).substring(0, 6);
        store.createRun(RunRecord.started(runId, "shop", "{}", 4, Instant.parse("2026-11-23T00:00:00Z")));
        TableRef customers = new TableRef("sales", "customers");
        TableRef orders = new TableRef("sales", "orders");
        TableRef products = new TableRef("sales", "products");
        for (Step step : List.of(Step.SCAN, Step.PROFILE, Step.DESCRIBE)) {
            store.putStepResult(runId, customers, step, "{}");
        }
        store.putStepResult(runId, orders, Step.SCAN, "{}");
        store.putStepResult(runId, orders, Step.FAILURE, Json.mapper().writeValueAsString(
                new TableFailure("profile", "SourceAccessException", "permission denied for table orders")));
        store.putStepResult(runId, products, Step.SCAN, "{}");

        Answer running = fixture.call(ApiFixture.get("/runs/" + runId, Map.of()));
        assertThat(running.status()).isEqualTo(200);
        assertThat(running.body().get("status").asText()).isEqualTo("running");
        assertThat(running.body().get("progress")).isEqualTo(Json.mapper().readTree(
                "{\"total\": 4, \"done\": 1, \"failed\": 1, \"running\": 1, \"pending\": 1}"));
        assertThat(running.body().get("tables")).isEqualTo(Json.mapper().readTree("""
                [{"table": "sales.customers", "schema": "sales", "name": "customers", "status": "done",
                  "steps": {"scan": "done", "profile": "done", "describe": "done"}},
                 {"table": "sales.orders", "schema": "sales", "name": "orders", "status": "failed",
                  "steps": {"scan": "done", "profile": "pending", "describe": "pending"},
                  "error": {"step": "profile", "errorType": "SourceAccessException",
                            "message": "permission denied for table orders"}},
                 {"table": "sales.products", "schema": "sales", "name": "products", "status": "running",
                  "steps": {"scan": "done", "profile": "pending", "describe": "pending"}}]"""));
        assertThat(running.body().get("errors")).isEqualTo(Json.mapper().readTree("""
                [{"table": "sales.orders", "step": "profile", "type": "SourceAccessException",
                  "message": "permission denied for table orders"}]"""));
        assertThat(running.body().has("documentation")).isFalse();
        assertThat(fixture.call(ApiFixture.get("/runs/" + runId + "/documentation", Map.of())).status()).isEqualTo(409);

        store.finishRun(runId, RunStatus.PARTIAL);
        Answer finished = fixture.call(ApiFixture.get("/runs/" + runId, Map.of()));
        assertThat(finished.body().get("status").asText()).isEqualTo("partial");
        assertThat(finished.body().at("/documentation/zip").asText())
                .isEqualTo("/runs/" + runId + "/documentation?format=zip");
        Answer missing = fixture.call(ApiFixture.get("/runs/" + runId + "/documentation", Map.of()));
        assertThat(missing.status()).as("finished, but nothing was published").isEqualTo(404);
        assertThat(missing.body().get("detail").asText()).contains("index.html is not in the documentation bucket");
    }

    @Test
    void anExecutionThatStopsBeforePlanReportsAFailedRun() throws Exception {
        String runId = fixture.call(ApiFixture.postJson("{\"sourceId\": \"src-03\"}")).body().get("runId").asText();
        fixture.clients.stepFunctions().stopExecution(b -> b.executionArn(execution(runId).executionArn())
                .error("States.Runtime").cause("{\"errorMessage\": \"cannot connect to src-03\\nat stack\", \"errorType\": \"x.SourceAccessException\"}"));

        Answer run = fixture.call(ApiFixture.get("/runs/" + runId, Map.of()));

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().get("status").asText()).isEqualTo("failed");
        assertThat(run.body().get("sourceId").asText()).isEqualTo("src-03");
        JsonNode error = run.body().at("/errors/0");
        assertThat(error.get("step").asText()).isEqualTo("execution");
        assertThat(error.has("table")).isFalse();
        assertThat(error.get("message").asText()).doesNotContain("at stack");
        Answer documentation = fixture.call(ApiFixture.get("/runs/" + runId + "/documentation", Map.of()));
        assertThat(documentation.status()).isEqualTo(404);
        assertThat(documentation.body().get("detail").asText()).contains("the run failed before publishing");
    }

    @Test
    void aDocumentedRunReportsItsTablesAndLinksDownloadTheDocuments() throws Exception {
        String runId = fixture.call(ApiFixture.event("api-post-runs.json")).body().get("runId").asText();
        runPipeline(Json.mapper().readTree(execution(runId).input()));

        Answer run = fixture.call(ApiFixture.get("/runs/" + runId, Map.of()));
        assertThat(run.body().get("status").asText()).isEqualTo("succeeded");
        assertThat(run.body().get("progress")).isEqualTo(Json.mapper().readTree(
                "{\"total\": 2, \"done\": 2, \"failed\": 0, \"running\": 0, \"pending\": 0}"));
        assertThat(run.body().get("tables")).extracting(table -> table.get("table").asText())
                .containsExactly("dm_api.customers", "dm_api.orders");
        assertThat(run.body().get("finishedAt").asText()).isNotEmpty();

        ObjectNode html = ApiFixture.event("api-get-run-documentation.json");
        html.put("path", "/runs/" + runId + "/documentation");
        html.set("pathParameters", Json.mapper().valueToTree(Map.of("id", runId)));
        Answer link = fixture.call(html);
        assertThat(link.status()).isEqualTo(200);
        assertThat(Instant.parse(link.body().get("expiresAt").asText())).isAfter(Instant.now().plusSeconds(800));
        byte[] page = download(link.body().get("url").asText());
        assertThat(page).isEqualTo(object("shop/" + runId + "/index.html"));
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("customers");

        String zipUrl = fixture.call(ApiFixture.get("/runs/" + runId + "/documentation", Map.of("format", "zip")))
                .body().get("url").asText();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download(zipUrl)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("index.html", "README.md", "dictionary.json");

        Answer latest = fixture.call(ApiFixture.event("api-get-source-latest.json"));
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.body().at("/run/runId").asText()).isEqualTo(runId);
        assertThat(latest.body().at("/run/status").asText()).isEqualTo("succeeded");
        assertThat(latest.body().at("/source/kind").asText()).isEqualTo("postgresql");
        assertThat(latest.body().at("/links/run").asText()).isEqualTo("/runs/" + runId);
        JsonNode dictionary = Json.mapper().readTree(download(latest.body().at("/documentation/json/url").asText()));
        assertThat(dictionary.at("/run/runId").asText()).isEqualTo(runId);
        assertThat(download(latest.body().at("/documentation/md/url").asText()))
                .isEqualTo(object("shop/" + runId + "/README.md"));
    }

    @Test
    void aRecordedRunWhoseExecutionStoppedIsFailedNotRunningForever() throws Exception {
        String runId = fixture.call(ApiFixture.postJson("{\"sourceId\": \"shop\"}")).body().get("runId").asText();
        LambdaServices services = fixture.pipeline();
        fixture.invoke(new PlanHandler(() -> services), Json.mapper().readTree(execution(runId).input()));

        Answer planned = fixture.call(ApiFixture.get("/runs/" + runId, Map.of()));
        assertThat(planned.body().get("status").asText()).isEqualTo("running");
        assertThat(planned.body().get("progress")).isEqualTo(Json.mapper().readTree(
                "{\"total\": 2, \"done\": 0, \"failed\": 0, \"running\": 0, \"pending\": 2}"));

        fixture.clients.stepFunctions().stopExecution(b -> b.executionArn(execution(runId).executionArn()));
        Answer stopped = fixture.call(ApiFixture.get("/runs/" + runId, Map.of()));

        assertThat(stopped.body().get("status").asText()).isEqualTo("failed");
        assertThat(stopped.body().at("/errors/0/step").asText()).isEqualTo("execution");
        assertThat(stopped.body().at("/progress/total").asInt()).isEqualTo(2);
        assertThat(fixture.call(ApiFixture.get("/runs/" + runId + "/documentation", Map.of())).status()).isEqualTo(404);
    }

    @Test
    void aRunThatCouldNotStartSaysWhy() throws Exception {
        String runId = "20261123T000001Z-" + Long.toHexString(System.nanoTime()).substring(0, 6);
        fixture.runStore().createRun(RunRecord.notStarted(runId, "uploads", "{}",
                "incoming/uploads/notes.docx is not a supported data file", Instant.parse("2026-11-23T00:00:01Z")));

        Answer run = fixture.call(ApiFixture.get("/runs/" + runId, Map.of()));

        assertThat(run.body().get("status").asText()).isEqualTo("failed");
        assertThat(run.body().get("errors")).isEqualTo(Json.mapper().readTree("""
                [{"step": "start", "type": "RunNotStarted",
                  "message": "incoming/uploads/notes.docx is not a supported data file"}]"""));
        assertThat(run.body().get("tables")).isEmpty();
    }

    @Test
    void serverFailuresSayWhereToLookWithoutInternals() throws Exception {
        ApiHandler brokenRegistry = fixture.handlerWith(Map.of("DATAMIND_SOURCES",
                "s3://" + fixture.bucket + "/config/missing.yaml"));
        Answer failed = ApiFixture.call(brokenRegistry, ApiFixture.get("/sources", Map.of()));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.headers()).containsEntry("Content-Type", "application/problem+json");
        String requestId = failed.body().get("requestId").asText();
        assertThat(requestId).isNotBlank();
        assertThat(failed.body().get("detail").asText()).isEqualTo("the request failed on the server; look for request "
                + requestId + " in the API function's logs");
        assertThat(failed.rawBody()).doesNotContain("missing.yaml", fixture.bucket, "NoSuchKey", "Exception");

        ApiHandler noStateMachine = fixture.handlerWith(Map.of("DATAMIND_STATE_MACHINE_ARN",
                fixture.stateMachineArn + "-deleted"));
        Answer refused = ApiFixture.call(noStateMachine, ApiFixture.postJson("{\"sourceId\": \"shop\"}"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body().get("detail").asText()).startsWith("the documentation state machine did not accept the run");
        assertThat(refused.rawBody()).doesNotContain("-deleted");
    }

    /** Plan, per table Scan → Profile → Describe, Relate, Assemble: what the state machine would run. */
    private static void runPipeline(JsonNode executionInput) throws Exception {
        LambdaServices services = fixture.pipeline();
        JsonNode planned = fixture.invoke(new PlanHandler(() -> services), executionInput);
        for (JsonNode item : planned.get("tables")) {
            JsonNode scanned = fixture.invoke(new ScanTableHandler(() -> services), item);
            JsonNode profiled = fixture.invoke(new ProfileTableHandler(() -> services), scanned);
            fixture.invoke(new DescribeTableHandler(() -> services), profiled);
        }
        JsonNode ref = Json.mapper().createObjectNode().put("runId", planned.get("runId").asText()).put("sourceId", "shop");
        fixture.invoke(new RelateHandler(() -> services), ref);
        fixture.invoke(new AssembleHandler(() -> services), ref);
    }

    private static DescribeExecutionResponse execution(String runId) {
        String arn = fixture.stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + runId;
        return fixture.clients.stepFunctions().describeExecution(b -> b.executionArn(arn));
    }

    private static int executionCount() {
        return fixture.clients.stepFunctions().listExecutions(b -> b.stateMachineArn(fixture.stateMachineArn))
                .executions().size();
    }

    /** A plain HTTP GET without AWS credentials, as a browser would follow the link. */
    private static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
        return response.body();
    }

    private static byte[] object(String key) {
        return fixture.clients.s3().getObjectAsBytes(b -> b.bucket(fixture.bucket).key(key)).asByteArray();
    }

    private static List<String> pointers(Answer answer) {
        List<String> pointers = new ArrayList<>();
        answer.body().get("errors").forEach(error -> pointers.add(error.get("pointer").asText()));
        return pointers;
    }

    private static void assertProblem(Answer answer, int status, String pointer, String detailPart) {
        assertThat(answer.status()).as(answer.rawBody()).isEqualTo(status);
        assertThat(answer.headers()).containsEntry("Content-Type", "application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("type").asText()).startsWith("urn:datamind:problem:");
        assertThat(answer.body().get("detail").asText()).contains(detailPart);
        assertThat(pointers(answer)).contains(pointer);
    }

    private static void assertProblemParameter(Answer answer, String parameter, String detailPart) {
        assertThat(answer.status()).as(answer.rawBody()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/parameter").asText()).isEqualTo(parameter);
        assertThat(answer.body().get("detail").asText()).contains(detailPart);
    }
}
