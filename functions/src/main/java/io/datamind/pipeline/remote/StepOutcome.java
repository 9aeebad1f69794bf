package io.datamind.pipeline.remote;

/**
 * What a per-table step did, for metrics.
 *
 * @param firstRecord false when a retry only replaced an earlier result of the same (table, step)
 * @param rows        rows read (profile step), else 0
 * @param reusedFrom  the previous run whose result the step kept for an unchanged table; null when it did the work
 */
public record StepOutcome(boolean firstRecord, long rows, String reusedFrom) {

    public StepOutcome(boolean firstRecord, long rows) {
        this(firstRecord, rows, null);
    }
}
