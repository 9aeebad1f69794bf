package io.datamind.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs catalog queries for a {@link CatalogReader}: parameters are always bound (names never become SQL)
 * and every statement carries the source's query timeout.
 */
public final class CatalogQueries {

    /** Below this catalog estimate a table is counted exactly; counting is cheap there and estimates are poor. */
    public static final long EXACT_COUNT_BELOW = 100_000;

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final int timeoutSeconds;

    public CatalogQueries(Connection connection, int timeoutSeconds) {
        this.connection = connection;
        this.timeoutSeconds = timeoutSeconds;
    }

    public Connection connection() {
        return connection;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(timeoutSeconds);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /** The first row's value; empty when there is no row or the value is null. */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** Exact count when the estimate is unknown (null or negative) or small, otherwise the estimate. */
    public RowCount rowCount(Dialect dialect, TableRef table, Long estimate) throws SQLException {
        if (estimate == null || estimate < EXACT_COUNT_BELOW) {
            return RowCount.exact(countRows(dialect, table));
        }
        return RowCount.estimated(estimate);
    }

    public long countRows(Dialect dialect, TableRef table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + dialect.qualifiedName(table))) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static SQLException tableNotFound(TableRef table) {
        return new SQLException("table or view not found: " + table.key(), "42S02");
    }

    /** Catalogs store "no comment" as null or as an empty string; the model uses null for both. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
