package io.datamind.pipeline.remote;

import java.util.List;

/** The plan handler's output: the Map state iterates over {@code tables} with {@code maxConcurrency}. */
public record PlannedRun(String runId, String sourceId, int maxConcurrency, List<TableTask> tables) {

    public PlannedRun {
        tables = List.copyOf(tables);
    }
}
