package io.datamind.trigger;

/** Starts documentation runs: Step Functions in AWS, an in-process stand-in in tests. */
public interface RunStarter {

    /**
     * Starts the execution unless one of the same name exists, in which case the existing one is reported as a
     * duplicate. Throws {@link RunNotStartedException} when the run cannot start (state machine missing, refused).
     */
    StartedRun start(RunStart start);
}
