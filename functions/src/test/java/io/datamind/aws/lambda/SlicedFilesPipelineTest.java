package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.docs.Json;
import io.datamind.files.DataFiles;
import io.datamind.files.FileDataset;
import io.datamind.files.FileLimits;
import io.datamind.files.FileOpener;
import io.datamind.files.FileSource;
import io.datamind.files.LocalFileStorage;
import io.datamind.pipeline.remote.MissingSliceException;
import io.datamind.profile.MergedProfiles;
import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.scan.TableSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Beyond one Lambda" for a data file, handler by handler on moto: a CSV in S3 larger than the run's bytes per
 * invocation is split by ScanTable into byte-range slices, each read from S3 by range by its own ProfileSlice
 * invocation, merged by MergeProfile and documented like any table. The stored profile must be the single-pass
 * profile of the same bytes; a missing slice must fail the table naming the slice.
 */
class SlicedFilesPipelineTest {

    static final int ROWS = 20_000;
    static final byte[] EVENTS = DataFiles.eventsCsv(ROWS).getBytes(StandardCharsets.UTF_8);
    /** Four slices: a quarter of the file and one byte more each. */
    static final long PER_INVOCATION = EVENTS.length / 4 + 1;

    @TempDir
    Path temp;

    private record Run(LambdaFixture fixture, String runId, String sourceId, Map<String, JsonNode> scanned) {
    }

    @Test
    void aCsvSplitAcrossInvocationsGetsTheProfileOfASinglePass() throws Exception {
        Run run = planAndScan(new LambdaFixture(), Map.of("mode", "full", "profileBytesPerInvocation", PER_INVOCATION));
        LambdaFixture fixture = run.fixture();
        assertThat(run.scanned().get("regions").has("slices")).as("a small file stays whole").isFalse();
        JsonNode events = run.scanned().get("events");
        assertThat(events.get("slices")).hasSize(4);

        fixture.invoke(new ProfileTableHandler(() -> fixture.services), run.scanned().get("regions"));
        for (JsonNode slice : events.get("slices")) {
            JsonNode output = fixture.invoke(new ProfileSliceHandler(() -> fixture.services), sliceEvent(run, slice));
            assertThat(output.get("slice")).isEqualTo(slice);
        }
        JsonNode merged = fixture.invoke(new MergeProfileHandler(() -> fixture.services), mergeEvent(run, events));
        assertThat(merged).as("the item goes on to DescribeTable unchanged").isEqualTo(events);
        for (JsonNode item : List.of(run.scanned().get("regions"), merged)) {
            fixture.invoke(new DescribeTableHandler(() -> fixture.services), item);
        }
        fixture.invoke(new RelateHandler(() -> fixture.services), runRef(run));
        JsonNode assembled = fixture.invoke(new AssembleHandler(() -> fixture.services), runRef(run));
        assertThat(assembled.get("status").asText()).isEqualTo("succeeded");

        JsonNode dictionary = Json.mapper().readTree(fixture.text(run.sourceId() + "/" + run.runId() + "/dictionary.json"));
        JsonNode stored = LambdaFixture.table(dictionary, "events");
        assertThat(stored.has("failure")).isFalse();
        TableProfile cloud = Json.mapper().treeToValue(stored.get("profile"), TableProfile.class);
        assertThat(cloud.method()).isEqualTo("full scan in 4 byte-range slices of CSV: UTF-8, comma-delimited, with a header row");
        assertThat(cloud.rowsProfiled()).isEqualTo(ROWS);

        TableProfile single = singlePass();
        assertThat(single.method()).isEqualTo("full scan of CSV: UTF-8, comma-delimited, with a header row");
        MergedProfiles.assertExactFiguresEqual(single, cloud);
        assertThat(cloud.column("email").orElseThrow().semantics()).isEqualTo(single.column("email").orElseThrow().semantics());
        assertThat(LambdaFixture.table(dictionary, "regions").at("/profile/rowsProfiled").asLong()).isEqualTo(3);
    }

    @Test
    void aMissingSliceFailsTheFileWithAMessageNamingTheSlice() throws Exception {
        Run run = planAndScan(new LambdaFixture(), Map.of("mode", "full", "profileBytesPerInvocation", PER_INVOCATION));
        JsonNode events = run.scanned().get("events");
        for (JsonNode slice : events.get("slices")) {
            if (slice.get("index").asInt() != 2) {
                run.fixture().invoke(new ProfileSliceHandler(() -> run.fixture().services), sliceEvent(run, slice));
            }
        }
        Throwable thrown = catchThrowable(() -> run.fixture().invoke(new MergeProfileHandler(() -> run.fixture().services),
                mergeEvent(run, events)));
        assertThat(thrown).isInstanceOf(MissingSliceException.class)
                .hasMessageContaining("slice 2 of 4").hasMessageContaining("2-of-4.json")
                .hasMessageContaining("big.events");
    }

    @Test
    void theDeploymentsBytesPerInvocationAndASampleDecideTheSplit() throws Exception {
        Run byDefault = planAndScan(new LambdaFixture(), Map.of("mode", "full"));
        assertThat(byDefault.scanned().get("events").has("slices")).as("far below the default 1 GiB").isFalse();

        Run sampled = planAndScan(new LambdaFixture(), Map.of("mode", "sample", "profileBytesPerInvocation", PER_INVOCATION));
        assertThat(sampled.scanned().get("events").has("slices")).as("a sample reads the first rows only").isFalse();

        LambdaFixture lowDefault = new LambdaFixture(Map.of("DATAMIND_PROFILE_BYTES_PER_INVOCATION",
                Long.toString(EVENTS.length / 3 + 1)));
        Run byEnvironment = planAndScan(lowDefault, Map.of("mode", "auto"));
        assertThat(byEnvironment.scanned().get("events").get("slices")).as("ceil(size / (size / 3 + 1))").hasSize(3);
    }

    /** A bucket with events.csv (big) and regions.csv (small), planned with {@code options} and scanned. */
    private static Run planAndScan(LambdaFixture fixture, Map<String, Object> options) throws Exception {
        String input = "datamind-input-" + UUID.randomUUID();
        fixture.clients.s3().createBucket(b -> b.bucket(input));
        put(fixture, input, "landing/big/events.csv", EVENTS);
        put(fixture, input, "landing/big/regions.csv", "region_id,name\n1,North\n2,South\n3,East\n".getBytes(StandardCharsets.UTF_8));
        String runId = "sliced-files-" + UUID.randomUUID();
        ObjectNode request = Json.mapper().createObjectNode().put("runId", runId).put("files", "s3://" + input + "/landing/big/");
        request.set("options", Json.mapper().valueToTree(options));
        JsonNode planned = fixture.invoke(new PlanHandler(() -> fixture.services), request);
        Map<String, JsonNode> scanned = new LinkedHashMap<>();
        for (JsonNode item : planned.get("tables")) {
            scanned.put(item.at("/table/name").asText(), fixture.invoke(new ScanTableHandler(() -> fixture.services), item));
        }
        assertThat(scanned).containsOnlyKeys("events", "regions");
        return new Run(fixture, runId, planned.get("sourceId").asText(), scanned);
    }

    /** The same bytes read in one pass from a local file. */
    private TableProfile singlePass() throws Exception {
        Path file = Files.write(temp.resolve("events.csv"), EVENTS);
        LocalFileStorage storage = new LocalFileStorage();
        FileSource source = new FileSource(FileDataset.list(storage, file.toString(), null),
                new FileOpener(storage, FileLimits.DEFAULTS));
        TableSchema schema = source.scan(source.plan(null).tables().get(0));
        return source.profiling(ProfileOptions.DEFAULTS.withMode(ProfileMode.FULL)).profile(schema);
    }

    private static JsonNode sliceEvent(Run run, JsonNode slice) throws Exception {
        return LambdaFixture.event("profile-slice.json", Map.of("runId", run.runId(), "sourceId", run.sourceId(),
                "table", Map.of("schema", "big", "name", "events"), "slice", slice));
    }

    private static JsonNode mergeEvent(Run run, JsonNode scanned) throws Exception {
        return LambdaFixture.event("merge-profile.json", Map.of("runId", run.runId(), "sourceId", run.sourceId(),
                "table", Map.of("schema", "big", "name", "events"), "slices", scanned.get("slices")));
    }

    private static ObjectNode runRef(Run run) {
        return Json.mapper().createObjectNode().put("runId", run.runId()).put("sourceId", run.sourceId());
    }

    private static void put(LambdaFixture fixture, String bucket, String key, byte[] bytes) {
        fixture.clients.s3().putObject(b -> b.bucket(bucket).key(key),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(bytes));
    }
}
