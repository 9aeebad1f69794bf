package io.datamind.pipeline.remote;

import io.datamind.pipeline.store.BlobLocation;
import java.util.List;

/**
 * The plan handler's output. The inline Map iterates over {@code tables}; the Distributed Map of
 * datamind-distributed.asl.json reads the same items from {@code tableList}. Above {@link #INLINE_LIMIT} tables the
 * items are left out of the payload, which would approach Step Functions' 256 KB limit.
 */
public record PlannedRun(String runId, String sourceId, int maxConcurrency, List<TableTask> tables, BlobLocation tableList) {

    public static final int INLINE_LIMIT = 1_000;

    public PlannedRun {
        tables = tables == null ? null : List.copyOf(tables);
    }

    static PlannedRun of(String runId, String sourceId, int maxConcurrency, List<TableTask> items, BlobLocation tableList) {
        return new PlannedRun(runId, sourceId, maxConcurrency, items.size() <= INLINE_LIMIT ? items : null, tableList);
    }
}
