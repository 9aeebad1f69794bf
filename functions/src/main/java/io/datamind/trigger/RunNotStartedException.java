package io.datamind.trigger;

/** A run could not be started; the message says why in words a person can act on. */
public final class RunNotStartedException extends RuntimeException {

    public RunNotStartedException(String message, Throwable cause) {
        super(message, cause);
    }
}
