package io.datamind.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source that reuses connections hands out the same server sessions, each as safe as a new one. */
class ReusedConnectionsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(42);

    @Test
    void stepsShareOneServerBackendWhereANewSourceOpensOneEach() throws Exception {
        try (JdbcSource reusing = JdbcSource.reusingConnections(postgres(), 2)) {
            assertThat(backendPid(reusing)).isEqualTo(backendPid(reusing));
        }
        JdbcSource opening = new JdbcSource(postgres());
        assertThat(backendPid(opening)).isNotEqualTo(backendPid(opening));
    }

    @Test
    void aReturnedPostgresSessionIsRolledBackReadOnlyAndTimedOutAgain() throws Exception {
        try (JdbcSource source = JdbcSource.reusingConnections(postgres(), 1)) {
            try (Connection left = source.connect()) {
                left.setAutoCommit(false);
                text(left, "SELECT set_config('application_name', 'left-over', true)");
                text(left, "SELECT set_config('statement_timeout', '1', true)");
            }
            try (Connection next = source.connect()) {
                assertThat(next.getAutoCommit()).isTrue();
                assertThat(next.isReadOnly()).isTrue();
                assertThat(text(next, "SHOW application_name")).isEqualTo("DataMind");
                assertThat(text(next, "SHOW statement_timeout")).isEqualTo("42s");
                assertThat(text(next, "SHOW transaction_read_only")).isEqualTo("on");
                assertThatThrownBy(() -> text(next, "CREATE TABLE dm_reuse_must_not_exist (id int)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
            }
        }
    }

    @Test
    void aReturnedMariaDbSessionIsTheSameAndStillReadOnly() throws Exception {
        SourceConfig config = new SourceConfig(TestDatabases.mariaDbUrl(), "root", "", TableFilter.ALL, TIMEOUT);
        try (JdbcSource source = JdbcSource.reusingConnections(config, 1)) {
            String first;
            try (Connection connection = source.connect()) {
                first = text(connection, "SELECT CONNECTION_ID()");
                connection.setAutoCommit(false);
                connection.setReadOnly(false);
            }
            try (Connection connection = source.connect()) {
                assertThat(text(connection, "SELECT CONNECTION_ID()")).isEqualTo(first);
                assertThat(connection.getAutoCommit()).isTrue();
                assertThatThrownBy(() -> text(connection, "CREATE TABLE dm_reuse_must_not_exist (id int)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("READ ONLY");
            }
        }
    }

    @Test
    void aReturnedSqliteConnectionStillRefusesWrites(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("reuse.db");
        try (Connection admin = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE TABLE t (id integer)");
        }
        try (JdbcSource source = JdbcSource.reusingConnections(SourceConfig.of("jdbc:sqlite:" + file), 1)) {
            for (int borrow = 0; borrow < 2; borrow++) {
                try (Connection connection = source.connect()) {
                    assertThatThrownBy(() -> text(connection, "INSERT INTO t VALUES (1) RETURNING id"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("readonly");
                }
            }
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void aBorrowerBeyondTheLimitGetsTheConnectionHandedBack() throws Exception {
        try (JdbcSource source = JdbcSource.reusingConnections(postgres(), 2)) {
            Connection first = source.connect();
            Connection second = source.connect();
            String secondPid = text(second, "SELECT pg_backend_pid()");
            CompletableFuture<String> third = CompletableFuture.supplyAsync(() -> backendPidUnchecked(source));
            Thread.sleep(300);
            assertThat(third).isNotDone();
            second.close();
            assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo(secondPid);
            first.close();
        }
    }

    @Test
    void closingTheSourceEndsItsServerSessions() throws Exception {
        String pid;
        try (JdbcSource source = JdbcSource.reusingConnections(postgres(), 2)) {
            pid = backendPid(source);
            assertThat(sessionsWithPid(pid)).isEqualTo(1);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sessionsWithPid(pid) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sessionsWithPid(pid)).isZero();
    }

    @Test
    void wrongCredentialsFailTheFirstBorrowerWithTheSourcesOwnMessage() {
        SourceConfig config = new SourceConfig(TestDatabases.mariaDbUrl(), "root", "not-the-password", TableFilter.ALL, TIMEOUT);
        try (JdbcSource source = JdbcSource.reusingConnections(config, 4)) {
            long started = System.nanoTime();
            assertThatThrownBy(source::connect).isInstanceOfSatisfying(SourceAccessException.class, e -> {
                assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.BAD_CREDENTIALS);
                assertThat(e.getMessage()).startsWith("authentication failed for user 'root' at jdbc:mariadb://");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void anUnreachableServerFailsAsUnreachable() {
        SourceConfig config = new SourceConfig("jdbc:postgresql://127.0.0.1:1/test", "postgres", null, TableFilter.ALL, TIMEOUT);
        try (JdbcSource source = JdbcSource.reusingConnections(config, 4)) {
            assertThatThrownBy(source::connect).isInstanceOfSatisfying(SourceAccessException.class,
                    e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.UNREACHABLE));
        }
    }

    @Test
    void aClosedSourceLendsNothing() {
        JdbcSource source = JdbcSource.reusingConnections(postgres(), 1);
        source.close();
        assertThatThrownBy(source::connect).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static SourceConfig postgres() {
        return new SourceConfig(TestDatabases.postgresUrl(), "postgres", null, TableFilter.ALL, TIMEOUT);
    }

    private static String backendPid(JdbcSource source) throws SQLException {
        try (Connection connection = source.connect()) {
            return text(connection, "SELECT pg_backend_pid()");
        }
    }

    private static String backendPidUnchecked(JdbcSource source) {
        try {
            return backendPid(source);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sessionsWithPid(String pid) throws SQLException {
        try (Connection admin = TestDatabases.adminPostgres()) {
            return Long.parseLong(text(admin, "SELECT count(*) FROM pg_stat_activity WHERE pid = " + Long.parseLong(pid)));
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
