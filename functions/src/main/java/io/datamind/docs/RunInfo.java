package io.datamind.docs;

/** How the dictionary was produced. Timestamps are ISO-8601 UTC. */
public record RunInfo(
        String runId,
        String startedAt,
        String finishedAt,
        long durationMs,
        RunStatus status,
        String profileMode,
        String describer,
        int tablesTotal,
        int tablesFailed) {
}
