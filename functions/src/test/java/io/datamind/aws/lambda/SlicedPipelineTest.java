package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.docs.Json;
import io.datamind.pipeline.remote.MissingSliceException;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.profile.MergedProfiles;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableProfiler;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableSchema;
import io.datamind.testing.TestDatabases;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Beyond one Lambda", handler by handler on moto and PostgreSQL: a 50,000-row table with rows per invocation forced
 * to 15,000 is split by ScanTable into 4 slices, each profiled by its own ProfileSlice invocation into S3, merged by
 * MergeProfile, then described, related and assembled like any table. The merged profile must be the single-pass
 * profile of the same table; a missing slice must fail the table with a message naming the slice.
 */
class SlicedPipelineTest {

    static final String SCHEMA = "dm_slc_pipeline";
    static final long ROWS = 50_000;
    static final Map<String, Object> SLICED = Map.of("mode", "auto", "maxConcurrency", 4, "profileRowsPerInvocation", 15_000);

    @BeforeAll
    static void database() throws Exception {
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg, LambdaFixture.schemaWithRegions(SCHEMA));
            TestDatabases.execute(pg,
                    """
                    CREATE TABLE %1$s.events AS
                    SELECT g AS id,
                      1 + g %% 12 AS region_id,
                      CASE WHEN g %% 13 = 0 THEN NULL ELSE ((g::bigint * 7919) %% 100003) / 7.0 - 5000 END::double precision AS val,
                      CASE WHEN g %% 10 = 0 THEN 0 ELSE ((g * 31) %% 2001 - 1000) / 4.0 END::numeric(10,2) AS amount,
                      'cat_' || (g %% 40) AS cat,
                      CASE WHEN g %% 17 = 0 THEN NULL ELSE 'user' || g || '@example.com' END::varchar(80) AS email,
                      date '2001-01-01' + (g %% 3000) AS d,
                      timestamptz '2024-01-01 00:00:00+00' + g * interval '61 seconds' AS ts,
                      CASE WHEN g %% 7 = 0 THEN NULL ELSE g %% 3 = 0 END AS flag
                    FROM generate_series(1, %2$d) g
                    """.formatted(SCHEMA, ROWS),
                    "ALTER TABLE " + SCHEMA + ".events ADD PRIMARY KEY (id)",
                    "ALTER TABLE " + SCHEMA + ".events ADD FOREIGN KEY (region_id) REFERENCES " + SCHEMA + ".regions",
                    "ANALYZE " + SCHEMA + ".events");
        }
    }

    @Test
    void aTableSplitAcrossInvocationsGetsTheProfileOfASinglePass() throws Exception {
        LambdaFixture fixture = new LambdaFixture(SCHEMA, Map.of());
        String runId = "sliced-" + UUID.randomUUID();
        Map<String, JsonNode> scanned = planAndScan(fixture, runId, SLICED);

        assertThat(scanned.get("regions").has("slices")).as("a small table stays whole").isFalse();
        JsonNode events = scanned.get("events");
        assertThat(events.get("slices")).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(events.get("slices").get(i)).isEqualTo(Json.mapper().readTree("{\"index\":" + i + ",\"count\":4}"));
        }

        fixture.invoke(new ProfileTableHandler(() -> fixture.services), scanned.get("regions"));
        List<JsonNode> sliceOutputs = new ArrayList<>();
        for (JsonNode slice : events.get("slices")) {
            sliceOutputs.add(fixture.invoke(new ProfileSliceHandler(() -> fixture.services), sliceEvent(runId, slice)));
        }
        // a retried slice overwrites its partial profile: the merge must not count its rows twice
        fixture.invoke(new ProfileSliceHandler(() -> fixture.services), sliceEvent(runId, events.get("slices").get(1)));
        assertThat(sliceOutputs.get(2).get("slice")).isEqualTo(events.get("slices").get(2));
        assertThat(sliceKeys(fixture, runId)).containsExactly("0-of-4.json", "1-of-4.json", "2-of-4.json", "3-of-4.json",
                "plan.json");

        JsonNode merged = fixture.invoke(new MergeProfileHandler(() -> fixture.services), mergeEvent(runId, events));
        assertThat(merged).as("the item goes on to DescribeTable unchanged").isEqualTo(events);
        describeRelateAssemble(fixture, runId, List.of(scanned.get("regions"), merged), "succeeded");

        JsonNode dictionary = fixture.dictionary(runId);
        JsonNode cloudEvents = LambdaFixture.table(dictionary, "events");
        TableProfile cloud = Json.mapper().treeToValue(cloudEvents.get("profile"), TableProfile.class);
        assertThat(cloud.method()).startsWith("full scan of blocks 0–").endsWith(" in 4 slices");
        assertThat(cloud.rowsProfiled()).isEqualTo(ROWS);
        assertThat(cloudEvents.has("failure")).isFalse();
        assertThat(cloudEvents.at("/description/description/text").asText()).isNotBlank();

        TableSchema schema = Json.mapper().treeToValue(cloudEvents.get("schema"), TableSchema.class);
        TableProfile single = new TableProfiler(jdbc(), ProfileOptions.DEFAULTS.withSampleRows(100_000)).profile(schema);
        assertThat(single.method()).isEqualTo("full scan");
        MergedProfiles.assertExactFiguresEqual(single, cloud);
        try (Connection admin = TestDatabases.postgres()) {
            MergedProfiles.assertSketchFiguresWithinBounds(single, cloud, admin, SCHEMA + ".events", List.of("id", "val", "amount"));
        }
        assertThat(cloud.column("email").orElseThrow().semantics()).isEqualTo(single.column("email").orElseThrow().semantics());

        assertThat(dictionary.get("relationships").toString()).contains("region_id");
        RunRecord run = fixture.runStore().getRun(runId).orElseThrow();
        assertThat(List.of(run.tablesScanned(), run.tablesProfiled(), run.tablesDescribed(), run.tablesFailed()))
                .containsExactly(2, 2, 2, 0);
    }

    @Test
    void aMissingSliceFailsTheTableWithAMessageNamingTheSlice() throws Exception {
        LambdaFixture fixture = new LambdaFixture(SCHEMA, Map.of());
        String runId = "sliced-missing-" + UUID.randomUUID();
        Map<String, JsonNode> scanned = planAndScan(fixture, runId, SLICED);
        JsonNode events = scanned.get("events");
        for (JsonNode slice : events.get("slices")) {
            if (slice.get("index").asInt() != 2) {
                fixture.invoke(new ProfileSliceHandler(() -> fixture.services), sliceEvent(runId, slice));
            }
        }
        fixture.invoke(new ProfileTableHandler(() -> fixture.services), scanned.get("regions"));

        JsonNode mergeEvent = mergeEvent(runId, events);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> fixture.invoke(new MergeProfileHandler(() -> fixture.services), mergeEvent));
        assertThat(thrown).isInstanceOf(MissingSliceException.class)
                .hasMessageContaining("slice 2 of 4").hasMessageContaining("2-of-4.json")
                .hasMessageContaining(SCHEMA + ".events");
        fixture.invoke(new RecordTableFailureHandler(() -> fixture.services), caught(events, thrown));
        describeRelateAssemble(fixture, runId, List.of(scanned.get("regions")), "partial");

        JsonNode dictionary = fixture.dictionary(runId);
        JsonNode failed = LambdaFixture.table(dictionary, "events");
        assertThat(failed.at("/failure/step").asText()).isEqualTo("profile");
        assertThat(failed.at("/failure/errorType").asText()).isEqualTo("MissingSliceException");
        assertThat(failed.at("/failure/message").asText()).contains("slice 2 of 4").contains("did not finish");
        assertThat(failed.has("profile")).isFalse();
        assertThat(LambdaFixture.table(dictionary, "regions").has("profile")).isTrue();
        assertThat(dictionary.at("/run/tablesFailed").asInt()).isEqualTo(1);
    }

    @Test
    void theDefaultRowsPerInvocationAndASampledProfileKeepTheTableWhole() throws Exception {
        LambdaFixture fixture = new LambdaFixture(SCHEMA, Map.of());
        Map<String, JsonNode> byDefault = planAndScan(fixture, "whole-" + UUID.randomUUID(), Map.of("mode", "auto"));
        assertThat(byDefault.get("events").has("slices")).as("50,000 rows are below the default 20 million").isFalse();

        Map<String, JsonNode> sampled = planAndScan(fixture, "sampled-" + UUID.randomUUID(),
                Map.of("mode", "sample", "sampleRows", 5_000, "profileRowsPerInvocation", 15_000));
        assertThat(sampled.get("events").has("slices")).as("a sample is read in one invocation").isFalse();

        LambdaFixture lowDefault = new LambdaFixture(SCHEMA, Map.of("DATAMIND_PROFILE_ROWS_PER_INVOCATION", "20000"));
        Map<String, JsonNode> byEnvironment = planAndScan(lowDefault, "env-" + UUID.randomUUID(), Map.of("mode", "full"));
        assertThat(byEnvironment.get("events").get("slices")).as("ceil(50,000 / 20,000)").hasSize(3);
    }

    /** Plan, then ScanTable per table; the scanned items by table name. */
    private static Map<String, JsonNode> planAndScan(LambdaFixture fixture, String runId, Map<String, Object> options)
            throws Exception {
        JsonNode planned = fixture.invoke(new PlanHandler(() -> fixture.services),
                LambdaFixture.event("plan.json", Map.of("runId", runId, "options", options)));
        Map<String, JsonNode> scanned = new LinkedHashMap<>();
        for (JsonNode item : planned.get("tables")) {
            scanned.put(item.at("/table/name").asText(), fixture.invoke(new ScanTableHandler(() -> fixture.services), item));
        }
        assertThat(scanned).containsOnlyKeys("events", "regions");
        return scanned;
    }

    private static void describeRelateAssemble(LambdaFixture fixture, String runId, List<JsonNode> profiled, String status)
            throws Exception {
        for (JsonNode item : profiled) {
            fixture.invoke(new DescribeTableHandler(() -> fixture.services), item);
        }
        fixture.invoke(new RelateHandler(() -> fixture.services), LambdaFixture.event("relate.json", Map.of("runId", runId)));
        JsonNode assembled = fixture.invoke(new AssembleHandler(() -> fixture.services),
                LambdaFixture.event("assemble.json", Map.of("runId", runId)));
        assertThat(assembled.get("status").asText()).isEqualTo(status);
    }

    /** What the Map's ItemSelector builds for one slice, from events/profile-slice.json. */
    private static JsonNode sliceEvent(String runId, JsonNode slice) throws Exception {
        return LambdaFixture.event("profile-slice.json", Map.of("runId", runId, "table", table("events"), "slice", slice));
    }

    /** The item MergeProfile receives after the Map of slices, from events/merge-profile.json. */
    private static JsonNode mergeEvent(String runId, JsonNode scanned) throws Exception {
        return LambdaFixture.event("merge-profile.json", Map.of("runId", runId, "table", table("events"),
                "slices", scanned.get("slices")));
    }

    /** The item as a Catch with ResultPath $.error hands it to RecordTableFailure, for an exception in a function. */
    private static JsonNode caught(JsonNode item, Throwable thrown) {
        ObjectNode failed = item.deepCopy();
        String cause = LambdaFixture.json(Map.of("errorType", thrown.getClass().getName(), "errorMessage", thrown.getMessage()));
        failed.set("error", Json.mapper().valueToTree(Map.of("Error", thrown.getClass().getName(), "Cause", cause)));
        return failed;
    }

    private static List<String> sliceKeys(LambdaFixture fixture, String runId) {
        String prefix = LambdaConfig.STATE_PREFIX + "/runs/" + runId + "/slices/" + SCHEMA + ".events/";
        return fixture.clients.s3().listObjectsV2Paginator(b -> b.bucket(fixture.bucket).prefix(prefix)).contents().stream()
                .map(o -> o.key().substring(prefix.length())).sorted().toList();
    }

    private static Map<String, String> table(String name) {
        return Map.of("schema", SCHEMA, "name", name);
    }

    private static JdbcSource jdbc() {
        return new JdbcSource(new SourceConfig(TestDatabases.postgresUrl(), null, null,
                new TableFilter(List.of(SCHEMA), List.of(), List.of()), null));
    }
}
