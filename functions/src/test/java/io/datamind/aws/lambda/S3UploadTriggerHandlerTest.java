package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.docs.Json;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunState;
import io.datamind.pipeline.remote.FileSourceIds;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/** The upload trigger against S3, DynamoDB, Step Functions, EventBridge and SQS on moto, with the events S3 sends. */
class S3UploadTriggerHandlerTest {

    private static final String EVENT_TIME = "2026-11-23T01:00:00.123Z";

    @Test
    void aDataFileInADatasetFolderStartsOneRunOfTheFolder() throws IOException {
        TriggerFixture fixture = new TriggerFixture();
        String eTag = fixture.put("incoming/sales/orders 2026.csv", "id,total\n1,9.50\n");

        JsonNode outcome = invoke(fixture, fixture.notification("incoming/sales/orders 2026.csv", eTag, EVENT_TIME));

        assertThat(outcome.get("status").asText()).isEqualTo("started");
        List<ExecutionListItem> executions = fixture.executions();
        assertThat(executions).hasSize(1);
        String dataset = "s3://" + fixture.inputBucket + "/incoming/sales/";
        String runId = outcome.get("runId").asText();
        assertThat(runId).matches("20261123T010000Z-[0-9a-f]{6}");
        assertThat(fixture.input(executions.get(0))).isEqualTo(Json.mapper().readTree("""
                {"sourceId": "%s", "runId": "%s", "files": "%s"}""".formatted(FileSourceIds.of(dataset), runId, dataset)));
        assertThat(FileSourceIds.of(dataset)).isEqualTo(fixture.inputBucket + ".incoming.sales");
        assertThat(executions.get(0).name()).isEqualTo(outcome.get("executionName").asText())
                .hasSizeLessThanOrEqualTo(80).matches("[0-9a-f]{16}-[A-Za-z0-9_-]*orders_2026_csv");
    }

    @Test
    void theSameEventTwiceStartsOneRunAndANewVersionStartsAnother() throws IOException {
        TriggerFixture fixture = new TriggerFixture();
        String eTag = fixture.put("incoming/orders.csv", "id\n1\n");
        ObjectNode event = fixture.notification("incoming/orders.csv", eTag, EVENT_TIME);

        JsonNode first = invoke(fixture, event);
        JsonNode second = invoke(fixture, event);

        assertThat(first.get("status").asText()).isEqualTo("started");
        assertThat(second.get("status").asText()).isEqualTo("duplicate");
        assertThat(second.get("executionName")).isEqualTo(first.get("executionName"));
        assertThat(fixture.executions()).hasSize(1);
        String single = "s3://" + fixture.inputBucket + "/incoming/orders.csv";
        assertThat(fixture.input(fixture.executions().get(0)).get("files").asText()).isEqualTo(single);

        String newETag = fixture.put("incoming/orders.csv", "id\n1\n2\n");
        assertThat(newETag).isNotEqualTo(eTag);
        JsonNode third = invoke(fixture, fixture.notification("incoming/orders.csv", newETag, "2026-11-23T01:05:00Z"));

        assertThat(third.get("status").asText()).isEqualTo("started");
        assertThat(fixture.executions()).hasSize(2);
    }

    @Test
    void anUnsupportedFileStartsNothingAndIsRecordedAndAnnouncedOnce() throws IOException {
        TriggerFixture fixture = new TriggerFixture();
        String eTag = fixture.put("incoming/x/report.xlsx", "PK binary");
        ObjectNode event = fixture.notification("incoming/x/report.xlsx", eTag, EVENT_TIME);

        JsonNode outcome = invoke(fixture, event);
        JsonNode again = invoke(fixture, event);

        assertThat(outcome.get("status").asText()).isEqualTo("not_started");
        assertThat(again.get("status").asText()).isEqualTo("duplicate");
        assertThat(fixture.executions()).isEmpty();
        RunRecord run = fixture.run(outcome.get("runId").asText()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunState.FAILED);
        assertThat(run.reason()).contains("report.xlsx is not a supported data file");
        assertThat(run.sourceId()).isEqualTo(FileSourceIds.of("s3://" + fixture.inputBucket + "/incoming/x/"));
        List<JsonNode> events = fixture.events();
        assertThat(events).hasSize(1);
        JsonNode announced = events.get(0);
        assertThat(announced.get("source").asText()).isEqualTo("io.datamind");
        assertThat(announced.get("detail-type").asText()).isEqualTo("DataMind Run Not Started");
        JsonNode detail = announced.get("detail");
        assertThat(detail.get("trigger").asText()).isEqualTo("s3-upload");
        assertThat(detail.get("bucket").asText()).isEqualTo(fixture.inputBucket);
        assertThat(detail.get("key").asText()).isEqualTo("incoming/x/report.xlsx");
        assertThat(detail.get("reason").asText()).isEqualTo(run.reason());
        assertThat(detail.get("runId").asText()).isEqualTo(run.runId());
    }

    @Test
    void objectsOutsideIncomingOrInAnotherBucketAreRefusedWithTheirReason() throws IOException {
        TriggerFixture fixture = new TriggerFixture();
        String eTag = fixture.put("exports/orders.csv", "id\n1\n");

        JsonNode outside = invoke(fixture, fixture.notification("exports/orders.csv", eTag, EVENT_TIME));
        ObjectNode otherBucket = fixture.notification("incoming/orders.csv", eTag, EVENT_TIME);
        ((ObjectNode) otherBucket.at("/Records/0/s3/bucket")).put("name", "somebody-elses-bucket");
        JsonNode refused = invoke(fixture, otherBucket);

        assertThat(fixture.executions()).isEmpty();
        assertThat(outside.get("reason").asText()).contains("outside incoming/");
        assertThat(refused.get("reason").asText()).contains("somebody-elses-bucket is not the input bucket");
        assertThat(fixture.run(outside.get("runId").asText()).orElseThrow().reason()).isEqualTo(outside.get("reason").asText());
        assertThat(fixture.events()).extracting(e -> e.at("/detail/key").asText())
                .containsExactlyInAnyOrder("exports/orders.csv", "incoming/orders.csv");
    }

    @Test
    void folderMarkersAndHiddenFilesAreIgnoredWithoutARecord() throws IOException {
        TriggerFixture fixture = new TriggerFixture();
        String eTag = fixture.put("incoming/sales/", "");

        JsonNode marker = invoke(fixture, fixture.notification("incoming/sales/", eTag, EVENT_TIME));
        JsonNode success = invoke(fixture, fixture.notification("incoming/sales/_SUCCESS", eTag, EVENT_TIME));

        assertThat(marker.get("status").asText()).isEqualTo("ignored");
        assertThat(success.get("status").asText()).isEqualTo("ignored");
        assertThat(fixture.executions()).isEmpty();
        assertThat(fixture.events()).isEmpty();
    }

    @Test
    void theEventBridgeShapeStartsTheSameRunAsTheNotification() throws IOException {
        TriggerFixture fixture = new TriggerFixture();
        String eTag = fixture.put("incoming/sales/orders.csv", "id\n1\n");
        ObjectNode bridged = TriggerFixture.event("s3-object-created-eventbridge.json");
        bridged.put("time", "2026-11-23T01:00:00Z");
        ((ObjectNode) bridged.at("/detail/bucket")).put("name", fixture.inputBucket);
        ((ObjectNode) bridged.at("/detail/object")).put("key", "incoming/sales/orders.csv")
                .put("etag", eTag.replace("\"", "")).remove("version-id");

        JsonNode viaBridge = invoke(fixture, bridged);
        JsonNode viaNotification = invoke(fixture, fixture.notification("incoming/sales/orders.csv", eTag, EVENT_TIME));

        assertThat(viaBridge.get("status").asText()).isEqualTo("started");
        assertThat(viaNotification.get("status").asText()).isEqualTo("duplicate");
        assertThat(fixture.executions()).hasSize(1);
        assertThat(fixture.input(fixture.executions().get(0)).get("files").asText())
                .isEqualTo("s3://" + fixture.inputBucket + "/incoming/sales/");
    }

    @Test
    void aStateMachineThatRefusesIsRecordedNotThrown() throws IOException {
        TriggerFixture fixture = new TriggerFixture(Map.of("DATAMIND_STATE_MACHINE_ARN",
                "arn:aws:states:us-east-1:123456789012:stateMachine:dm-trig-missing"));
        String eTag = fixture.put("incoming/orders.csv", "id\n1\n");

        JsonNode outcome = invoke(fixture, fixture.notification("incoming/orders.csv", eTag, EVENT_TIME));

        assertThat(outcome.get("status").asText()).isEqualTo("not_started");
        assertThat(outcome.get("reason").asText()).contains("dm-trig-missing");
        assertThat(fixture.run(outcome.get("runId").asText()).orElseThrow().status()).isEqualTo(RunState.FAILED);
        assertThat(fixture.events()).hasSize(1);
    }

    @Test
    void s3TestEventsStartNothing() throws IOException {
        TriggerFixture fixture = new TriggerFixture();
        JsonNode result = TriggerFixture.invoke(new S3UploadTriggerHandler(() -> fixture.services(Clock.systemUTC())),
                Json.mapper().readTree("{\"Service\": \"Amazon S3\", \"Event\": \"s3:TestEvent\", \"Bucket\": \"b\"}"));

        assertThat(result.get("outcomes")).isEmpty();
        assertThat(fixture.executions()).isEmpty();
    }

    static JsonNode invoke(TriggerFixture fixture, JsonNode event) throws IOException {
        TriggerServices services = fixture.services(Clock.systemUTC());
        JsonNode result = TriggerFixture.invoke(new S3UploadTriggerHandler(() -> services), event);
        assertThat(result.get("outcomes")).hasSize(1);
        return result.get("outcomes").get(0);
    }
}
