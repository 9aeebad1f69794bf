package io.datamind.cli;

/** A problem the user can fix: printed as one line, without a stack trace unless --verbose. */
final class UserError extends RuntimeException {

    private final ExitCode exitCode;

    UserError(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
