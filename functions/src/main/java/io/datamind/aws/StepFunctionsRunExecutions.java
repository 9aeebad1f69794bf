package io.datamind.aws;

import io.datamind.api.ExecutionState;
import io.datamind.api.RunExecutions;
import io.datamind.docs.Json;
import io.datamind.pipeline.remote.RunRequest;
import java.io.IOException;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;

/** Looks up a run's execution by name (the run id), as {@link StepFunctionsRunStarter} names executions it starts. */
public final class StepFunctionsRunExecutions implements RunExecutions {

    private final SfnClient stepFunctions;
    private final String stateMachineArn;

    public StepFunctionsRunExecutions(SfnClient stepFunctions, String stateMachineArn) {
        this.stepFunctions = stepFunctions;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public Optional<ExecutionState> find(String runId) {
        try {
            DescribeExecutionResponse execution = stepFunctions.describeExecution(b -> b
                    .executionArn(StepFunctionsRunStarter.executionArn(stateMachineArn, runId)));
            return Optional.of(new ExecutionState(status(execution), execution.startDate(), execution.stopDate(),
                    input(execution.input()), execution.error(), execution.cause()));
        } catch (ExecutionDoesNotExistException e) {
            return Optional.empty();
        }
    }

    /** A failed execution being redriven runs again; a status this SDK does not know yet counts as running. */
    private static ExecutionState.Status status(DescribeExecutionResponse execution) {
        return switch (execution.status()) {
            case SUCCEEDED -> ExecutionState.Status.SUCCEEDED;
            case FAILED -> ExecutionState.Status.FAILED;
            case TIMED_OUT -> ExecutionState.Status.TIMED_OUT;
            case ABORTED -> ExecutionState.Status.ABORTED;
            default -> ExecutionState.Status.RUNNING;
        };
    }

    private static RunRequest input(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, RunRequest.class);
        } catch (IOException notARunRequest) {
            return null;
        }
    }
}
