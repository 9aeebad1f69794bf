package io.datamind.pipeline.remote;

import io.datamind.pipeline.store.StoreIds;
import io.datamind.scan.TableRef;
import java.util.Objects;

/** One item of the state machine's Map: a reference to a table of a run, never its data. */
public record TableTask(String runId, String sourceId, TableRef table) {

    public TableTask {
        StoreIds.requireId("runId", runId);
        StoreIds.requireId("sourceId", sourceId);
        Objects.requireNonNull(table, "table");
    }
}
