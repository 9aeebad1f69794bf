package io.datamind.quality;

import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The real servers of the quality tests (only schema/database dm_quality is touched). Unreachable = failure. */
public final class QualityDatabases {

    public static final String SCHEMA = "dm_quality";

    private QualityDatabases() {
    }

    public static String postgresUrl() {
        return env("DATAMIND_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }

    public static String mariadbUrl() {
        return env("DATAMIND_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    }

    public static JdbcSource source(String url) {
        return new JdbcSource(new SourceConfig(url, null, null, TableFilter.ALL, Duration.ofSeconds(60)));
    }

    /** A plain (writable) connection for fixtures; the code under test gets read-only ones from JdbcSource. */
    public static Connection admin(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    public static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    public static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
