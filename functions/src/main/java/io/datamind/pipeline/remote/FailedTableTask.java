package io.datamind.pipeline.remote;

import io.datamind.scan.TableRef;

/** A Map item whose step failed, as the Catch hands it over: the item plus {@code error}. */
public record FailedTableTask(String runId, String sourceId, TableRef table, StepError error) {

    public TableTask task() {
        return new TableTask(runId, sourceId, table);
    }
}
