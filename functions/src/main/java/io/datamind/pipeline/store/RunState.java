package io.datamind.pipeline.store;

import io.datamind.docs.RunStatus;

/** Lifecycle of a stored run: RUNNING until {@link RunStore#finishRun} sets one of the final {@link RunStatus} values. */
public enum RunState {
    RUNNING, SUCCEEDED, PARTIAL, FAILED;

    public static RunState of(RunStatus finalStatus) {
        return valueOf(finalStatus.name());
    }

    public boolean isFinal() {
        return this != RUNNING;
    }
}
