package io.datamind.scan.sqlite;

import io.datamind.scan.CatalogReader;
import io.datamind.scan.Dialect;
import io.datamind.scan.TableRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/** SQLite has one schema per file ("main"); tables are referenced without a schema. */
public final class SqliteDialect implements Dialect {

    @Override
    public String id() {
        return "sqlite";
    }

    @Override
    public boolean supportsSchemas() {
        return false;
    }

    @Override
    public CatalogReader catalogReader(int queryTimeoutSeconds) {
        return new SqliteCatalogReader(this, queryTimeoutSeconds);
    }

    /** sqlite-jdbc cannot flip the read-only flag of an open connection; {@code query_only} is the guard. */
    @Override
    public boolean readOnlyFlag() {
        return false;
    }

    /** The timeout is applied per statement through {@link java.sql.Statement#setQueryTimeout}. */
    @Override
    public void configureSession(Connection connection, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = ON");
        }
    }

    @Override
    public String charLengthExpression(String quotedColumn, int prefixChars) {
        return "LENGTH(" + quotedColumn + ")";
    }

    @Override
    public String prefixExpression(String quotedColumn, int chars) {
        return "SUBSTR(" + quotedColumn + ", 1, " + chars + ")";
    }

    @Override
    public String byteLengthExpression(String quotedColumn) {
        return "LENGTH(CAST(" + quotedColumn + " AS BLOB))";
    }

    @Override
    public SampledQuery sampleQuery(String selectList, TableRef table, long estimatedRows, long targetRows) {
        long perMillion = Math.max(1, Math.round(Dialect.samplingFraction(estimatedRows, targetRows) * 1_000_000));
        String sql = "SELECT " + selectList + " FROM " + qualifiedName(table)
                + " WHERE ABS(RANDOM() % 1000000) < " + perMillion + " LIMIT " + targetRows;
        return new SampledQuery(sql, String.format(Locale.ROOT, "random filter (%.4f%%)", perMillion / 10_000.0));
    }
}
