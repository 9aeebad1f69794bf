package io.datamind.pipeline.remote;

/**
 * What a per-table step did, for metrics.
 *
 * @param firstRecord false when a retry only replaced an earlier result of the same (table, step)
 * @param rows        rows read (profile step), else 0
 */
public record StepOutcome(boolean firstRecord, long rows) {
}
