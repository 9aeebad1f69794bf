package io.datamind.scan.postgres;

import io.datamind.scan.CatalogReader;
import io.datamind.scan.Dialect;
import io.datamind.scan.TableRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

public final class PostgresDialect implements Dialect {

    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f]+(-[0-9A-Fa-f]+)*");

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public boolean supportsSchemas() {
        return true;
    }

    @Override
    public CatalogReader catalogReader(int queryTimeoutSeconds) {
        return new PostgresCatalogReader(this, queryTimeoutSeconds);
    }

    @Override
    public void configureSession(Connection connection, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            statement.execute("SET statement_timeout = " + timeout.toMillis());
        }
        connection.setReadOnly(true);
    }

    @Override
    public boolean sharesSnapshots() {
        return true;
    }

    /** As {@code pg_dump --jobs} does: a repeatable-read transaction exports its snapshot for the others. */
    @Override
    public String exportSnapshot(Connection connection) throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_export_snapshot()")) {
            result.next();
            return result.getString(1);
        }
    }

    /** The id is the server's own, checked anyway before it is quoted into the statement. */
    @Override
    public void joinSnapshot(Connection connection, String snapshotId) throws SQLException {
        if (!SNAPSHOT_ID.matcher(snapshotId).matches()) {
            throw new SQLException("not a PostgreSQL snapshot id: " + snapshotId);
        }
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION SNAPSHOT '" + snapshotId + "'");
        }
    }

    /** Binary transfer (prepareThreshold=-1) cuts client CPU of a full profile by about a quarter. */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("prepareThreshold", "-1", "ApplicationName", "DataMind");
    }

    /**
     * Measured by the server only when the value is stored in more than {@code prefixChars} bytes
     * ({@code pg_column_size} reads the header, nothing more): the server does not share one {@code ::text} between
     * expressions, so a jsonb value rendered for a length and again for a prefix cost two renderings, and the 10M-row
     * table's sample spent 30 of its 45 ms of execution on them. The cast makes json, jsonb, xml and other non-text
     * types measurable too.
     */
    @Override
    public String charLengthExpression(String quotedColumn, int prefixChars) {
        return "CASE WHEN pg_column_size(" + quotedColumn + ") > " + prefixChars + " THEN CHAR_LENGTH(" + quotedColumn
                + "::text) END";
    }

    /**
     * Short values whole (the reader cuts the rare one whose text outgrows its stored size), long ones cut. Stored
     * sizes are at most a few kilobytes below their text size (compression only starts at 2 kB), so a short value
     * stays small.
     */
    @Override
    public String prefixExpression(String quotedColumn, int chars) {
        return "CASE WHEN pg_column_size(" + quotedColumn + ") > " + chars + " THEN LEFT(" + quotedColumn + "::text, "
                + chars + ") ELSE " + quotedColumn + "::text END";
    }

    /**
     * The JIT compiles the totals query in every parallel process before it scans a row. Inlining its 46 aggregates
     * took 130–240 ms more per process than it saved on the 10,000,000-row table (totals 2.85 s with inlining, 2.55 s
     * without, against a 1.14 s {@code count(*)}, psql medians of five alternating runs); expressions are still compiled.
     */
    @Override
    public List<String> wideAggregateSettings() {
        return List.of("SET LOCAL jit_inline_above_cost = -1");
    }

    /** A filtered count: nine of them over 10,000,000 rows took 2.04 s, against 2.11 s as sums of CASE. */
    @Override
    public String countWhere(String condition) {
        return "COUNT(*) FILTER (WHERE " + condition + ")";
    }

    @Override
    public boolean supportsOrderedSetAggregates() {
        return true;
    }

    /** Block sampling reads only the chosen pages, so its cost falls with the fraction (unlike BERNOULLI). */
    @Override
    public SampledQuery sampleQuery(String selectList, TableRef table, long estimatedRows, long targetRows) {
        return sampleQuery(selectList, table, estimatedRows, targetRows, null, 1);
    }

    /**
     * SYSTEM sampling picks blocks by a hash of the block number and the seed, so a slice's query with the
     * same percentage and seed reads exactly the sampled blocks that fall in its range.
     */
    @Override
    public SampledQuery sampleQuery(String selectList, TableRef table, long estimatedRows, long targetRows,
                                    String predicate, int slices) {
        double percent = Dialect.samplingFraction(estimatedRows, targetRows) * 100.0;
        String pct = String.format(Locale.ROOT, "%.6f", percent);
        String sql = "SELECT " + selectList + " FROM " + qualifiedName(table)
                + " TABLESAMPLE SYSTEM (" + pct + ") REPEATABLE (42)"
                + (predicate == null ? "" : " WHERE " + predicate) + " LIMIT " + (targetRows + slices - 1) / slices;
        return new SampledQuery(sql, "TABLESAMPLE SYSTEM (" + pct + "%)");
    }
}
