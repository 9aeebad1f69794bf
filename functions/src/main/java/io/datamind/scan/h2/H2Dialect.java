package io.datamind.scan.h2;

import io.datamind.scan.CatalogReader;
import io.datamind.scan.Dialect;
import io.datamind.scan.TableRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

public final class H2Dialect implements Dialect {

    @Override
    public String id() {
        return "h2";
    }

    @Override
    public boolean supportsSchemas() {
        return true;
    }

    @Override
    public CatalogReader catalogReader(int queryTimeoutSeconds) {
        return new H2CatalogReader(this, queryTimeoutSeconds);
    }

    /**
     * H2 treats setReadOnly as a hint and has no read-only transactions, so the database itself is opened
     * read-only. H2 ignores this when the database is already open in the same JVM or behind a TCP server.
     */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("ACCESS_MODE_DATA", "r");
    }

    @Override
    public void configureSession(Connection connection, Duration timeout) throws SQLException {
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_TIMEOUT " + timeout.toMillis());
        }
    }

    @Override
    public String prefixExpression(String quotedColumn, int chars) {
        return "LEFT(CAST(" + quotedColumn + " AS VARCHAR), " + chars + ")";
    }

    @Override
    public SampledQuery sampleQuery(String selectList, TableRef table, long estimatedRows, long targetRows) {
        double fraction = Dialect.samplingFraction(estimatedRows, targetRows);
        String f = String.format(Locale.ROOT, "%.8f", fraction);
        String sql = "SELECT " + selectList + " FROM " + qualifiedName(table)
                + " WHERE RAND() < " + f + " LIMIT " + targetRows;
        return new SampledQuery(sql, "random filter RAND() < " + f);
    }
}
