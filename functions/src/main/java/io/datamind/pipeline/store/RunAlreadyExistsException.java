package io.datamind.pipeline.store;

public final class RunAlreadyExistsException extends RuntimeException {

    public RunAlreadyExistsException(String runId) {
        super("run " + runId + " already exists");
    }
}
