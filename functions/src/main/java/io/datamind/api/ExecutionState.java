package io.datamind.api;

import io.datamind.pipeline.remote.RunRequest;
import java.time.Instant;

/**
 * The state machine execution that carries a run, as far as the API needs it.
 *
 * @param input the execution input; null when it could not be read
 * @param error the error name of a failed execution, null otherwise
 * @param cause the error's cause as the state machine recorded it (for a Lambda error, its JSON error document)
 */
public record ExecutionState(Status status, Instant startedAt, Instant stoppedAt, RunRequest input, String error,
                             String cause) {

    public enum Status { RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED }

    /** True when the execution stopped without succeeding: the run will never finish by itself. */
    public boolean endedBadly() {
        return status == Status.FAILED || status == Status.TIMED_OUT || status == Status.ABORTED;
    }
}
