package io.datamind.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The shared test servers (unreachable means the test fails, never skips) and fixture scripts. */
public final class TestDatabases {

    public static final List<String> SCAN_SCHEMAS = List.of("dm_scan_a", "dm_scan_b");

    private TestDatabases() {
    }

    public static String postgresUrl() {
        return env("DATAMIND_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String mariaDbUrl() {
        return env("DATAMIND_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    }

    public static Connection adminPostgres() throws SQLException {
        return DriverManager.getConnection(postgresUrl(), "postgres", null);
    }

    public static Connection adminMariaDb() throws SQLException {
        return DriverManager.getConnection(mariaDbUrl(), "root", "");
    }

    public static JdbcSource postgresSource(TableFilter filter) {
        return new JdbcSource(new SourceConfig(postgresUrl(), "postgres", null, filter, Duration.ofSeconds(30)));
    }

    public static JdbcSource mariaDbSource(TableFilter filter) {
        return new JdbcSource(new SourceConfig(mariaDbUrl(), "root", "", filter, Duration.ofSeconds(30)));
    }

    public static TableFilter scanSchemas() {
        return new TableFilter(SCAN_SCHEMAS, List.of(), List.of());
    }

    /** PostgreSQL accepts a whole script in one simple-protocol execute. */
    public static void runScript(Connection connection, String resource) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(read(resource));
        }
    }

    /** For drivers that take one statement at a time: statements end with ';' at the end of a line. */
    public static void runStatements(Connection connection, String resource) throws SQLException {
        String withoutComments = read(resource).replaceAll("(?m)^\\s*--.*$", "");
        try (Statement statement = connection.createStatement()) {
            for (String sql : Arrays.stream(withoutComments.split(";\\s*\\n")).map(String::strip).toList()) {
                if (!sql.isEmpty()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = TestDatabases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
