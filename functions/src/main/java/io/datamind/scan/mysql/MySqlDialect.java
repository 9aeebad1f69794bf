package io.datamind.scan.mysql;

import io.datamind.scan.CatalogReader;
import io.datamind.scan.Dialect;
import io.datamind.scan.TableRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/** MySQL and MariaDB: a "schema" is a database. */
public final class MySqlDialect implements Dialect {

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public boolean supportsSchemas() {
        return true;
    }

    @Override
    public CatalogReader catalogReader(int queryTimeoutSeconds) {
        return new MySqlCatalogReader(this, queryTimeoutSeconds);
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public void configureSession(Connection connection, Duration timeout) throws SQLException {
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION TRANSACTION READ ONLY");
            String product = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT);
            if (product.contains("mariadb")) {
                statement.execute("SET SESSION max_statement_time = " + Math.max(1, timeout.toSeconds()));
            } else {
                statement.execute("SET SESSION max_execution_time = " + timeout.toMillis());
            }
        }
    }

    @Override
    public String prefixExpression(String quotedColumn, int chars) {
        return "LEFT(" + quotedColumn + ", " + chars + ")";
    }

    /** No TABLESAMPLE here: a random filter still reads the table but ships only the sample. */
    @Override
    public SampledQuery sampleQuery(String selectList, TableRef table, long estimatedRows, long targetRows) {
        double fraction = Dialect.samplingFraction(estimatedRows, targetRows);
        String f = String.format(Locale.ROOT, "%.8f", fraction);
        String sql = "SELECT " + selectList + " FROM " + qualifiedName(table)
                + " WHERE RAND(42) < " + f + " LIMIT " + targetRows;
        return new SampledQuery(sql, "random filter RAND() < " + f);
    }
}
