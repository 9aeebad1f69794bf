package io.datamind.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.datamind.docs.Json;
import io.datamind.trigger.RunNotStartedException;
import io.datamind.trigger.RunStart;
import io.datamind.trigger.RunStarter;
import io.datamind.trigger.StartedRun;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * Starts executions of the documentation state machine. Execution names are unique per state machine for 90 days,
 * so a cause that arrives twice (S3 delivers events at least once) meets {@code ExecutionAlreadyExists} and is
 * reported as a duplicate rather than an error. Standard workflows answer a repeated start of a running execution
 * with the same input as if it were new, so the name is looked up before starting. Transient failures (throttling,
 * 5xx, no answer) are rethrown as they are, not as {@link RunNotStartedException}: the caller (a Lambda) should be
 * retried rather than record that the run could not start.
 */
public final class StepFunctionsRunStarter implements RunStarter {

    private final SfnClient stepFunctions;
    private final String stateMachineArn;

    public StepFunctionsRunStarter(SfnClient stepFunctions, String stateMachineArn) {
        this.stepFunctions = stepFunctions;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public StartedRun start(RunStart start) {
        String input = toJson(start);
        try {
            if (exists(start.executionName())) {
                return new StartedRun(executionArn(stateMachineArn, start.executionName()), start.executionName(), true);
            }
            StartExecutionResponse response = stepFunctions.startExecution(builder -> builder
                    .stateMachineArn(stateMachineArn).name(start.executionName()).input(input));
            return new StartedRun(response.executionArn(), start.executionName(), false);
        } catch (ExecutionAlreadyExistsException e) {
            return new StartedRun(executionArn(stateMachineArn, start.executionName()), start.executionName(), true);
        } catch (SdkException e) {
            if (isTransient(e)) {
                throw e;
            }
            throw new RunNotStartedException("state machine " + stateMachineArn + " refused execution "
                    + start.executionName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A repeated start of a running execution with the same input succeeds as if it were new, so the name is looked
     * up first; two starts racing past this look-up still make one execution, only both report it as started.
     */
    private boolean exists(String executionName) {
        try {
            stepFunctions.describeExecution(b -> b.executionArn(executionArn(stateMachineArn, executionName)));
            return true;
        } catch (ExecutionDoesNotExistException e) {
            return false;
        }
    }

    private static boolean isTransient(SdkException e) {
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return e instanceof SdkClientException;
    }

    /** An execution's ARN is its state machine's ARN with {@code stateMachine} replaced and the name appended. */
    static String executionArn(String stateMachineArn, String executionName) {
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + executionName;
    }

    private static String toJson(RunStart start) {
        try {
            return Json.mapper().writeValueAsString(start.request());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run request of " + start.executionName() + " is not serialisable", e);
        }
    }
}
