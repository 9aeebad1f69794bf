package io.datamind.pipeline.remote;

import io.datamind.pipeline.store.StoreIds;

/** Input of the run-level steps (relate, assemble). */
public record RunRef(String runId, String sourceId) {

    public RunRef {
        StoreIds.requireId("runId", runId);
        StoreIds.requireId("sourceId", sourceId);
    }
}
