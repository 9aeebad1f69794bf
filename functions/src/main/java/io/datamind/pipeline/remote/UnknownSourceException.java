package io.datamind.pipeline.remote;

/** The execution names a source that the registry does not list. */
public final class UnknownSourceException extends RuntimeException {

    public UnknownSourceException(String sourceId) {
        super("source '" + sourceId + "' is not in the sources registry");
    }
}
