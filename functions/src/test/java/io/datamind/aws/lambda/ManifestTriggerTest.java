package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.pipeline.store.RunState;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Datasets that wait for {@code _manifest.json} (DATAMIND_MANIFEST_DATASETS) on moto. */
class ManifestTriggerTest {

    private static final String TIME = "2026-11-23T01:10:00Z";

    @Test
    void dataFilesWaitAndTheManifestStartsOneRunOfTheFolder() throws IOException {
        TriggerFixture fixture = new TriggerFixture(Map.of("DATAMIND_MANIFEST_DATASETS", "sales"));
        String orders = fixture.put("incoming/sales/orders.csv", "id\n1\n");
        String customers = fixture.put("incoming/sales/2026/customers.csv.gz", "not really gzip");

        JsonNode first = upload(fixture, "incoming/sales/orders.csv", orders);
        JsonNode second = upload(fixture, "incoming/sales/2026/customers.csv.gz", customers);
        assertThat(first.get("status").asText()).isEqualTo("ignored");
        assertThat(second.get("reason").asText()).contains("waits for its _manifest.json");
        assertThat(fixture.executions()).isEmpty();

        String manifest = fixture.put("incoming/sales/_manifest.json",
                "{\"files\": [\"orders.csv\", \"2026/customers.csv.gz\"]}");
        JsonNode started = upload(fixture, "incoming/sales/_manifest.json", manifest);

        assertThat(started.get("status").asText()).isEqualTo("started");
        assertThat(fixture.executions()).hasSize(1);
        assertThat(fixture.input(fixture.executions().get(0)).get("files").asText())
                .isEqualTo("s3://" + fixture.inputBucket + "/incoming/sales/");
        assertThat(fixture.events()).isEmpty();
    }

    @Test
    void otherFoldersStillStartPerFileAndAnEmptyObjectManifestRunsTheFolder() throws IOException {
        TriggerFixture fixture = new TriggerFixture(Map.of("DATAMIND_MANIFEST_DATASETS", "sales"));
        String events = fixture.put("incoming/clicks/day1.jsonl", "{\"a\":1}\n");
        String manifest = fixture.put("incoming/clicks/_manifest.json", "{}");

        assertThat(upload(fixture, "incoming/clicks/day1.jsonl", events).get("status").asText()).isEqualTo("started");
        assertThat(upload(fixture, "incoming/clicks/_manifest.json", manifest).get("status").asText()).isEqualTo("started");
        assertThat(fixture.executions()).hasSize(2);
    }

    @Test
    void aManifestListingAMissingFileIsRecordedWithTheFileNamed() throws IOException {
        TriggerFixture fixture = new TriggerFixture(Map.of("DATAMIND_MANIFEST_DATASETS", "*"));
        fixture.put("incoming/sales/orders.csv", "id\n1\n");
        String manifest = fixture.put("incoming/sales/_manifest.json", "{\"files\": [\"orders.csv\", \"refunds.csv\"]}");

        JsonNode outcome = upload(fixture, "incoming/sales/_manifest.json", manifest);

        assertThat(outcome.get("status").asText()).isEqualTo("not_started");
        assertThat(outcome.get("reason").asText()).contains("lists refunds.csv, which is not in s3://" + fixture.inputBucket
                + "/incoming/sales/");
        assertThat(fixture.executions()).isEmpty();
        assertThat(fixture.run(outcome.get("runId").asText()).orElseThrow().status()).isEqualTo(RunState.FAILED);
        assertThat(fixture.events()).singleElement()
                .satisfies(event -> assertThat(event.at("/detail/key").asText()).isEqualTo("incoming/sales/_manifest.json"));
    }

    @Test
    void emptyInvalidAndMisplacedManifestsAreRecordedWithTheirReasons() throws IOException {
        TriggerFixture fixture = new TriggerFixture(Map.of("DATAMIND_MANIFEST_DATASETS", "*"));
        String empty = fixture.put("incoming/a/_manifest.json", "");
        String broken = fixture.put("incoming/b/_manifest.json", "{\"files\": [\"orders.csv\"");
        String noFiles = fixture.put("incoming/c/_manifest.json", "{\"files\": []}");
        String badFile = fixture.put("incoming/d/_manifest.json", "{\"files\": [\"report.xlsx\"]}");
        String misplaced = fixture.put("incoming/_manifest.json", "{}");

        assertThat(upload(fixture, "incoming/a/_manifest.json", empty).get("reason").asText()).contains("is empty");
        assertThat(upload(fixture, "incoming/b/_manifest.json", broken).get("reason").asText()).contains("is not valid JSON");
        assertThat(upload(fixture, "incoming/c/_manifest.json", noFiles).get("reason").asText())
                .contains("'files' must be a non-empty array");
        assertThat(upload(fixture, "incoming/d/_manifest.json", badFile).get("reason").asText())
                .contains("'report.xlsx', which is not a supported data file");
        assertThat(upload(fixture, "incoming/_manifest.json", misplaced).get("reason").asText())
                .contains("is not in a dataset folder");
        assertThat(fixture.executions()).isEmpty();
        assertThat(fixture.events()).hasSize(5);
    }

    private static JsonNode upload(TriggerFixture fixture, String key, String eTag) throws IOException {
        ObjectNode event = fixture.notification(key, eTag, TIME);
        return S3UploadTriggerHandlerTest.invoke(fixture, event);
    }
}
