package io.datamind.trigger;

/**
 * What one cause (an uploaded object, a scheduled source) led to.
 *
 * @param executionName null when the cause was ignored
 * @param executionId   the execution's ARN when started or a duplicate
 * @param reason        why nothing started (NOT_STARTED, IGNORED); null otherwise
 */
public record TriggerOutcome(Status status, String sourceId, String runId, String executionName, String executionId,
                             String files, String reason) {

    public enum Status {
        STARTED,
        /** the same cause started (or was refused) before; nothing new happened */
        DUPLICATE,
        /** recorded as a failed run and announced */
        NOT_STARTED,
        /** not a cause for a run (a folder marker, a data file of a dataset that waits for its manifest) */
        IGNORED
    }

    static TriggerOutcome ignored(String reason) {
        return new TriggerOutcome(Status.IGNORED, null, null, null, null, null, reason);
    }
}
