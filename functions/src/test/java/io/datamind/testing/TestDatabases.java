package io.datamind.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real database servers the tests use: from the environment, else the CI defaults on 127.0.0.1.
 * An unreachable server fails the test; nothing is skipped.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String postgresUrl() {
        return env("DATAMIND_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }

    public static String mariadbUrl() {
        return env("DATAMIND_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    }

    /** The MariaDB URL with another database in place of the default one. */
    public static String mariadbUrl(String database) {
        return mariadbUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + database);
    }

    public static Connection postgres() throws SQLException {
        return DriverManager.getConnection(postgresUrl());
    }

    public static Connection mariadb() throws SQLException {
        return DriverManager.getConnection(mariadbUrl());
    }

    public static void execute(Connection connection, String... statements) throws SQLException {
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
