package io.datamind.profile;

import io.datamind.scan.TableRef;

/** Profiling one table failed (query rejected, timeout, connection lost); other tables may still succeed. */
public final class ProfileException extends RuntimeException {

    private final TableRef table;

    public ProfileException(TableRef table, String message, Throwable cause) {
        super(message, cause);
        this.table = table;
    }

    public TableRef table() {
        return table;
    }
}
