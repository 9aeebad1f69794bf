package io.datamind.pipeline.store;

public final class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(String runId) {
        super("run " + runId + " does not exist");
    }
}
