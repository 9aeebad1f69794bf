package io.datamind.trigger;

import io.datamind.pipeline.remote.RunRequest;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request to start one execution of the documentation state machine.
 *
 * @param executionName unique per run and deterministic per cause (an S3 object version, a schedule tick, an API
 *                      run id), so that a duplicated cause cannot start a second run; 1–80 characters of
 *                      {@code [A-Za-z0-9_-]} as Step Functions requires
 * @param request       the execution input
 */
public record RunStart(String executionName, RunRequest request) {

    private static final Pattern EXECUTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    public RunStart {
        Objects.requireNonNull(request, "request");
        if (executionName == null || !EXECUTION_NAME.matcher(executionName).matches()) {
            throw new IllegalArgumentException("execution name must be 1-80 of [A-Za-z0-9_-], got " + executionName);
        }
    }
}
