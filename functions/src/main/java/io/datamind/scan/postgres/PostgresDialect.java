package io.datamind.scan.postgres;

import io.datamind.scan.CatalogReader;
import io.datamind.scan.Dialect;
import io.datamind.scan.TableRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

public final class PostgresDialect implements Dialect {

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

    /** Binary transfer (prepareThreshold=-1) cuts client CPU of a full profile by about a quarter. */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("prepareThreshold", "-1", "ApplicationName", "DataMind");
    }

    /** The cast makes json, jsonb, xml and other non-text types measurable too. */
    @Override
    public String charLengthExpression(String quotedColumn) {
        return "CHAR_LENGTH(" + quotedColumn + "::text)";
    }

    @Override
    public String prefixExpression(String quotedColumn, int chars) {
        return "LEFT(" + quotedColumn + "::text, " + chars + ")";
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
