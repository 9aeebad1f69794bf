package io.datamind.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Batched inserts into one table. A column written as {@code "name:json"} takes JSON text,
 * which H2 would otherwise store as a JSON string literal.
 */
final class BatchInsert implements AutoCloseable {

    private static final int BATCH_SIZE = 1000;

    private final PreparedStatement statement;
    private final int columnCount;
    private int pending;
    private long rows;

    BatchInsert(Connection connection, String table, String... columns) throws SQLException {
        String names = Arrays.stream(columns).map(c -> c.replace(":json", "")).collect(Collectors.joining(", "));
        String values = Arrays.stream(columns).map(c -> c.endsWith(":json") ? "? FORMAT JSON" : "?")
                .collect(Collectors.joining(", "));
        this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")");
        this.columnCount = columns.length;
    }

    void row(Object... values) throws SQLException {
        if (values.length != columnCount) {
            throw new IllegalArgumentException("expected " + columnCount + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
