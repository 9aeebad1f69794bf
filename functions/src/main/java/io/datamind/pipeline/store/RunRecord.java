package io.datamind.pipeline.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One documentation run of one source. {@code optionsJson} is the run's options exactly as the caller serialised
 * them (the store does not interpret it); {@code finishedAt} is null while the run is {@link RunState#RUNNING}.
 */
public record RunRecord(
        String runId,
        String sourceId,
        RunState status,
        String optionsJson,
        int tablesTotal,
        StepCounters counters,
        Instant startedAt,
        Instant finishedAt) {

    public RunRecord {
        StoreIds.requireId("runId", runId);
        StoreIds.requireId("sourceId", sourceId);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        counters = counters == null ? StepCounters.ZERO : counters;
        optionsJson = optionsJson == null ? "{}" : optionsJson;
    }

    /** A new run as {@link RunStore#createRun} expects it: RUNNING, no counts yet. */
    public static RunRecord started(String runId, String sourceId, String optionsJson, int tablesTotal, Instant startedAt) {
        return new RunRecord(runId, sourceId, RunState.RUNNING, optionsJson, tablesTotal, StepCounters.ZERO, startedAt, null);
    }

    public int tablesScanned() {
        return counters.scanned();
    }

    public int tablesProfiled() {
        return counters.profiled();
    }

    public int tablesDescribed() {
        return counters.described();
    }

    public int tablesFailed() {
        return counters.failed();
    }
}
