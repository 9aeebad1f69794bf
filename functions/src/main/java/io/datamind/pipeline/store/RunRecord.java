package io.datamind.pipeline.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One documentation run of one source. {@code optionsJson} is the run's options exactly as the caller serialised
 * them (the store does not interpret it); {@code finishedAt} is null while the run is {@link RunState#RUNNING}.
 * {@code reason} says why a run failed as a whole, e.g. one that could not start (an unsupported upload, an unknown
 * source); null for runs that started, whose failures are per table.
 */
public record RunRecord(
        String runId,
        String sourceId,
        RunState status,
        String optionsJson,
        int tablesTotal,
        StepCounters counters,
        Instant startedAt,
        Instant finishedAt,
        String reason) {

    public RunRecord {
        StoreIds.requireId("runId", runId);
        StoreIds.requireId("sourceId", sourceId);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        counters = counters == null ? StepCounters.ZERO : counters;
        optionsJson = optionsJson == null ? "{}" : optionsJson;
    }

    public RunRecord(String runId, String sourceId, RunState status, String optionsJson, int tablesTotal,
                     StepCounters counters, Instant startedAt, Instant finishedAt) {
        this(runId, sourceId, status, optionsJson, tablesTotal, counters, startedAt, finishedAt, null);
    }

    /** A run that could not start: FAILED at once, with the reason a person can act on. */
    public static RunRecord notStarted(String runId, String sourceId, String optionsJson, String reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        return new RunRecord(runId, sourceId, RunState.FAILED, optionsJson, 0, StepCounters.ZERO, at, at, reason);
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
