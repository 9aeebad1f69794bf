package io.datamind.cli;

/** Process exit codes; documented in README.md, so scripts can branch on them. Never renumber. */
public enum ExitCode {
    OK(0, "every table documented"),
    INTERNAL_ERROR(1, "unexpected error (a bug: rerun with --verbose and report it)"),
    USAGE(2, "invalid command-line arguments"),
    PARTIAL(3, "documentation written, but some tables failed (listed in the output)"),
    ALL_TABLES_FAILED(4, "documentation written, but every table failed"),
    UNREACHABLE(5, "the database cannot be reached (host, port, network, driver)"),
    BAD_CREDENTIALS(6, "the database refused the user name or password"),
    UNKNOWN_DATABASE_OR_SCHEMA(7, "the database or a requested schema does not exist"),
    NO_TABLES(8, "no table matched the schema/include/exclude filters"),
    OUTPUT_NOT_WRITABLE(9, "the output folder cannot be created or written");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
