package io.datamind.pipeline.store;

import io.datamind.docs.RunStatus;
import io.datamind.scan.TableRef;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Durable state of documentation runs, shared by the per-table step workers.
 * Every write is safe to retry: step workers may run twice for the same table.
 */
public interface RunStore {

    /** @throws RunAlreadyExistsException if a run with this id was created before */
    void createRun(RunRecord run);

    Optional<RunRecord> getRun(String runId);

    /**
     * Records the result of one step for one table and counts it on the run. Idempotent: putting the same
     * (table, step) again replaces the payload but never counts twice.
     *
     * @return true if this call recorded the (table, step) for the first time, false if it only replaced the payload
     * @throws RunNotFoundException if the run was never created
     */
    boolean putStepResult(String runId, TableRef table, Step step, String json);

    Optional<String> getStepResult(String runId, TableRef table, Step step);

    /** Every result of one step in the run, ordered by table key; fetched lazily page by page. */
    Stream<StepResult> listStepResults(String runId, Step step);

    /**
     * The tables that have a result for one step, ordered by table key, without reading the results themselves: what
     * a progress report needs. Stores that keep payloads apart from the keys should override this.
     */
    default Stream<TableRef> listTablesWithResult(String runId, Step step) {
        return listStepResults(runId, step).map(StepResult::table);
    }

    /**
     * Marks the run finished. Repeating it with the same status is harmless (returns the run as stored).
     *
     * @throws RunNotFoundException  if the run was never created
     * @throws IllegalStateException if the run already finished with a different status
     */
    RunRecord finishRun(String runId, RunStatus status);

    /**
     * Adds model tokens spent by one table to the run's shared total, atomically across concurrent step workers, so
     * a per-run token budget holds over many Lambda invocations. Adding 0 reads the total.
     *
     * @return the run's total after the addition
     * @throws RunNotFoundException     if the run was never created
     * @throws IllegalArgumentException if {@code tokens} is negative
     */
    long addTokens(String runId, long tokens);

    Optional<SourceState> getSourceState(String sourceId);

    void putSourceState(SourceState state);

    static void requireNotNegative(long tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens must not be negative, got " + tokens);
        }
    }
}
