package io.datamind.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs the bounded, read-only queries of SQL rules on one connection the assessor owns. */
public final class QueryRunner {

    private final Connection connection;
    private final int timeoutSeconds;

    public QueryRunner(Connection connection, int timeoutSeconds) {
        this.connection = connection;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The first column of the first row as a number (0 when NULL). */
    public long count(String sql) throws SQLException {
        try (Statement statement = statement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Every column of the first row, as text (an empty list when there is no row). */
    public List<String> row(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = statement()) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery(sql)) {
                if (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        values.add(rows.getString(i));
                    }
                }
            }
        }
        return values;
    }

    /** The first column of at most {@code limit} rows, as text. */
    public List<String> strings(String sql, int limit) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = statement()) {
            statement.setMaxRows(limit);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next() && values.size() < limit) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private Statement statement() throws SQLException {
        Statement statement = connection.createStatement();
        statement.setQueryTimeout(timeoutSeconds);
        return statement;
    }
}
