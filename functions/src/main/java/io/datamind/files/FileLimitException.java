package io.datamind.files;

/** A data file beyond one of the configured {@link FileLimits}; the message names the limit and how to raise it. */
public final class FileLimitException extends FileReadException {

    public FileLimitException(String message) {
        super(message);
    }
}
