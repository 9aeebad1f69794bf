package io.datamind.pipeline.remote;

import io.datamind.pipeline.store.StoreIds;
import io.datamind.scan.TableRef;
import java.util.Objects;

/** One item of the Map over a table's slices (ProfileSlice's input): the table's reference plus one slice. */
public record SliceTask(String runId, String sourceId, TableRef table, SliceRef slice) {

    public SliceTask {
        StoreIds.requireId("runId", runId);
        StoreIds.requireId("sourceId", sourceId);
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(slice, "slice");
    }

    public TableTask tableTask() {
        return new TableTask(runId, sourceId, table);
    }
}
