package io.datamind.pipeline.remote;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.datamind.pipeline.store.StoreIds;
import io.datamind.scan.TableRef;
import java.util.List;
import java.util.Objects;

/**
 * One item of the state machine's Map: a reference to a table of a run, never its data.
 *
 * @param slices present only when the scan step split the table's profile across invocations: then the state machine
 *               profiles each slice (ProfileSlice) and merges them (MergeProfile) instead of ProfileTable. Absent
 *               (not empty) otherwise, because the state machine's Choice tests whether the key is present
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableTask(String runId, String sourceId, TableRef table, List<SliceRef> slices) {

    public TableTask {
        StoreIds.requireId("runId", runId);
        StoreIds.requireId("sourceId", sourceId);
        Objects.requireNonNull(table, "table");
        slices = slices == null || slices.isEmpty() ? null : List.copyOf(slices);
    }

    public TableTask(String runId, String sourceId, TableRef table) {
        this(runId, sourceId, table, null);
    }

    public boolean sliced() {
        return slices != null;
    }

    /** The same table with these slices; none (null or empty) for a table profiled in one invocation. */
    public TableTask withSlices(List<SliceRef> newSlices) {
        return new TableTask(runId, sourceId, table, newSlices);
    }

    /** How many slices the table's profile is split into; 1 when it is not split. */
    public int sliceCount() {
        return slices == null ? 1 : slices.size();
    }
}
