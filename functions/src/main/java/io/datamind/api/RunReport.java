package io.datamind.api;

import io.datamind.docs.TableFailure;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /runs/{id}}.
 *
 * @param startedAt     ISO-8601 UTC; finishedAt is null until the run has finished
 * @param status        starting (the execution runs, Plan has not recorded the run yet), running, succeeded,
 *                      partial (some tables failed), failed
 * @param tables        one entry per table that has started, ordered by table key; tables not started yet only count
 *                      in {@code progress.pending}
 * @param errors        what went wrong: failed tables and a failed execution
 * @param documentation where to ask for the run's documents once it has finished; null before
 */
public record RunReport(String runId, String sourceId, String files, Status status, String startedAt,
                        String finishedAt, Progress progress, List<TableProgress> tables, List<RunError> errors,
                        Map<String, String> documentation) {

    public enum Status {
        STARTING, RUNNING, SUCCEEDED, PARTIAL, FAILED;

        public boolean finished() {
            return this != STARTING && this != RUNNING;
        }
    }

    /**
     * @param total   tables planned (0 while starting)
     * @param done    tables scanned, profiled and described
     * @param failed  tables whose step failed (each is in {@code errors})
     * @param running tables with at least one step done and neither done nor failed
     * @param pending tables not started
     */
    public record Progress(int total, int done, int failed, int running, int pending) {
    }

    /** @param steps scan, profile and describe, each {@code done} or {@code pending} */
    public record TableProgress(String table, String schema, String name, TableStatus status, Map<String, String> steps,
                                TableFailure error) {
    }

    public enum TableStatus { RUNNING, DONE, FAILED }

    /** @param table null for an error of the whole run */
    public record RunError(String table, String step, String type, String message) {
    }
}
