package io.datamind.scan;

/** The source could not be used at all; {@link #reason()} tells the user (and the CLI's exit code) why. */
public final class SourceAccessException extends RuntimeException {

    public enum Reason { UNREACHABLE, BAD_CREDENTIALS, UNKNOWN_DATABASE, UNKNOWN_SCHEMA, NO_TABLES, DRIVER }

    private final Reason reason;

    public SourceAccessException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
