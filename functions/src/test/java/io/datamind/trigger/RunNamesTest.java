package io.datamind.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.pipeline.store.StoreIds;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunNamesTest {

    @Test
    void executionNamesAreDeterministicValidAndKeepTheEndOfLongKeys() {
        String key = "incoming/" + "very-long-folder-name/".repeat(10) + "orders (final) ü.csv";
        String name = RunNames.execution(key, "bucket", key, "etag", "");

        assertThat(name).isEqualTo(RunNames.execution(key, "bucket", key, "etag", ""))
                .hasSize(80).matches("[0-9a-f]{16}-[A-Za-z0-9_-]+").endsWith("orders__final____csv");
        assertThat(RunNames.execution(key, "bucket", key, "other-etag", "")).isNotEqualTo(name);
        assertThat(RunNames.execution(key, "bucket", key, "etag", "v2")).isNotEqualTo(name);
        assertThat(RunNames.execution("", "x")).matches("[0-9a-f]{16}");
    }

    @Test
    void runIdsSortByTheCauseTimeAndAreValidStoreIds() {
        String runId = RunNames.runId(Instant.parse("2026-11-23T01:02:03.456Z"), "abc");

        assertThat(runId).matches("20261123T010203Z-[0-9a-f]{6}").isEqualTo(RunNames.runId(
                Instant.parse("2026-11-23T01:02:03.456Z"), "abc"));
        assertThat(StoreIds.requireId("runId", runId)).isEqualTo(runId);
    }
}
