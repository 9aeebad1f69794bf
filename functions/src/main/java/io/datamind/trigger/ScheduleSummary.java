package io.datamind.trigger;

import java.util.List;

/**
 * What one schedule tick did, per source.
 *
 * @param started    runs started now
 * @param duplicates runs this tick had started (or refused) before: a redelivered event
 * @param notStarted sources whose run could not start, with the reason (recorded and announced)
 */
public record ScheduleSummary(List<Run> started, List<Run> duplicates, List<NotStarted> notStarted) {

    public record Run(String sourceId, String runId, String executionName) {
    }

    public record NotStarted(String sourceId, String runId, String reason) {
    }

    public ScheduleSummary {
        started = List.copyOf(started);
        duplicates = List.copyOf(duplicates);
        notStarted = List.copyOf(notStarted);
    }
}
