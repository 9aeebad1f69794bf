package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.docs.Json;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunState;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/** The schedule handler against a sources registry in S3 and Step Functions, EventBridge and SQS on moto. */
class ScheduleHandlerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:41Z"), ZoneOffset.UTC);

    private TriggerFixture fixture;

    @BeforeEach
    void registryWithTwoSources() {
        fixture = new TriggerFixture();
        fixture.putRegistry("""
                sources:
                  - {id: shop, secretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop"}
                  - {id: crm, secretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:crm"}
                """);
    }

    @Test
    void theScheduledEventStartsOneRunPerRegisteredSourceOnce() throws IOException {
        ObjectNode event = TriggerFixture.event("schedule.json");

        JsonNode summary = invoke(event);
        JsonNode again = invoke(event);

        assertThat(summary.get("started")).extracting(run -> run.get("sourceId").asText()).containsExactly("shop", "crm");
        assertThat(summary.get("duplicates")).isEmpty();
        assertThat(summary.get("notStarted")).isEmpty();
        assertThat(again.get("started")).isEmpty();
        assertThat(again.get("duplicates")).hasSize(2);
        List<ExecutionListItem> executions = fixture.executions();
        assertThat(executions).hasSize(2);
        for (JsonNode run : summary.get("started")) {
            ExecutionListItem execution = executions.stream()
                    .filter(e -> e.name().equals(run.get("executionName").asText())).findFirst().orElseThrow();
            assertThat(fixture.input(execution)).isEqualTo(Json.mapper().readTree("""
                    {"sourceId": "%s", "runId": "%s"}""".formatted(run.get("sourceId").asText(), run.get("runId").asText())));
            assertThat(run.get("runId").asText()).startsWith("20261123T020000Z-");
            assertThat(execution.name()).hasSizeLessThanOrEqualTo(80).endsWith(run.get("sourceId").asText() + "-20261123T020000Z");
        }
    }

    @Test
    void aConstantInputNamesSourcesAndForcesFullRuns() throws IOException {
        JsonNode summary = invoke(TriggerFixture.event("schedule-input.json"));

        assertThat(summary.get("started")).extracting(run -> run.get("sourceId").asText()).containsExactly("shop");
        assertThat(fixture.executions()).hasSize(1);
        JsonNode input = fixture.input(fixture.executions().get(0));
        assertThat(input.get("sourceId").asText()).isEqualTo("shop");
        assertThat(input.at("/options/full").asBoolean()).isTrue();
        assertThat(input.get("runId").asText()).startsWith("20261123T020000Z-");
        assertThat(invoke(TriggerFixture.event("schedule-input.json")).get("duplicates")).hasSize(1);
        assertThat(fixture.executions()).hasSize(1);
    }

    @Test
    void aFullAndAnIncrementalScheduleFiringTogetherBothRun() throws IOException {
        ObjectNode incremental = TriggerFixture.event("schedule.json");
        ObjectNode full = TriggerFixture.event("schedule.json");
        ((ObjectNode) full.get("detail")).put("full", true).putArray("sources").add("crm");

        invoke(incremental);
        JsonNode fullSummary = invoke(full);

        assertThat(fullSummary.get("started")).hasSize(1);
        assertThat(fixture.executions()).hasSize(3);
        long fullRuns = fixture.executions().stream().filter(e -> {
            try {
                return fixture.input(e).at("/options/full").asBoolean();
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }).count();
        assertThat(fullRuns).isEqualTo(1);
    }

    @Test
    void anUnknownSourceIsRecordedAndAnnouncedWhileTheOthersStart() throws IOException {
        ObjectNode event = TriggerFixture.event("schedule.json");
        ((ObjectNode) event.get("detail")).putArray("sources").add("shop").add("warehouse");

        JsonNode summary = invoke(event);

        assertThat(summary.get("started")).extracting(run -> run.get("sourceId").asText()).containsExactly("shop");
        JsonNode refused = summary.get("notStarted").get(0);
        assertThat(refused.get("sourceId").asText()).isEqualTo("warehouse");
        assertThat(refused.get("reason").asText()).isEqualTo("source 'warehouse' is not in the sources registry");
        RunRecord run = fixture.run(refused.get("runId").asText()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunState.FAILED);
        assertThat(run.sourceId()).isEqualTo("warehouse");
        assertThat(run.reason()).isEqualTo(refused.get("reason").asText());
        assertThat(fixture.executions()).hasSize(1);
        JsonNode announced = fixture.events().get(0);
        assertThat(announced.get("detail-type").asText()).isEqualTo("DataMind Run Not Started");
        assertThat(announced.at("/detail/trigger").asText()).isEqualTo("schedule");
        assertThat(announced.at("/detail/sourceId").asText()).isEqualTo("warehouse");
        assertThat(announced.at("/detail/reason").asText()).isEqualTo(run.reason());

        JsonNode again = invoke(event);
        assertThat(again.get("notStarted")).isEmpty();
        assertThat(again.get("duplicates")).hasSize(2);
        assertThat(fixture.events()).isEmpty();
    }

    private JsonNode invoke(JsonNode event) throws IOException {
        TriggerServices services = fixture.services(CLOCK);
        return TriggerFixture.invoke(new ScheduleHandler(() -> services, CLOCK), event);
    }
}
