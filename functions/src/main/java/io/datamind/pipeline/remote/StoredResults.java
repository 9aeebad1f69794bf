package io.datamind.pipeline.remote;

import io.datamind.docs.Json;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunNotFoundException;
import io.datamind.pipeline.store.RunStore;
import io.datamind.pipeline.store.Step;
import io.datamind.scan.TableRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Typed reads and writes of step results on the run store, in the shared JSON form. */
public final class StoredResults {

    private final RunStore store;

    public StoredResults(RunStore store) {
        this.store = store;
    }

    public RunStore store() {
        return store;
    }

    public RunRecord run(String runId) {
        return store.getRun(runId).orElseThrow(() -> new RunNotFoundException(runId));
    }

    public RequestOptions options(String runId) {
        return fromJson(run(runId).optionsJson(), RequestOptions.class);
    }

    public boolean put(String runId, TableRef table, Step step, Object result) {
        return store.putStepResult(runId, table, step, toJson(result));
    }

    public <T> Optional<T> find(String runId, TableRef table, Step step, Class<T> type) {
        return store.getStepResult(runId, table, step).map(json -> fromJson(json, type));
    }

    public <T> T require(String runId, TableRef table, Step step, Class<T> type) {
        return find(runId, table, step, type).orElseThrow(() -> new IllegalStateException(
                "run " + runId + " has no " + step.name().toLowerCase(java.util.Locale.ROOT) + " result for table " + table.key()));
    }

    static String toJson(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T fromJson(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored " + type.getSimpleName(), e);
        }
    }
}
