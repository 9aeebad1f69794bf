package io.datamind.profile;

import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The real servers the tests use; unreachable servers make the tests fail, never skip. */
final class TestDatabases {

    static final String PG_URL = env("DATAMIND_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String MARIADB_URL = env("DATAMIND_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");

    private TestDatabases() {
    }

    static JdbcSource postgres() {
        return new JdbcSource(new SourceConfig(PG_URL, "postgres", null, TableFilter.ALL, null));
    }

    static JdbcSource mariadb() {
        return new JdbcSource(new SourceConfig(MARIADB_URL, "root", "", TableFilter.ALL, null));
    }

    static Connection postgresAdmin() throws SQLException {
        return DriverManager.getConnection(PG_URL, "postgres", null);
    }

    static Connection mariadbAdmin() throws SQLException {
        return DriverManager.getConnection(MARIADB_URL, "root", "");
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
