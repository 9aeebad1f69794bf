package io.datamind.api;

import java.util.Optional;

/**
 * Finds the execution started for a run (the API names executions by run id). It answers for a run before Plan has
 * recorded it, and for a run whose execution failed before or after Plan without finishing the run record.
 */
public interface RunExecutions {

    Optional<ExecutionState> find(String runId);
}
