package io.datamind.trigger;

/**
 * @param executionId the execution's identifier (its ARN in AWS)
 * @param duplicate   true when an execution of that name already existed, so nothing new was started
 */
public record StartedRun(String executionId, String executionName, boolean duplicate) {
}
