package io.datamind.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions that join an exported snapshot read what the exporting session reads, whatever commits in between. */
class SharedSnapshotTest {

    private static final SourceConfig POSTGRES = new SourceConfig(TestDatabases.postgresUrl(), "postgres", null,
            TableFilter.ALL, Duration.ofSeconds(30));

    private static Connection admin;

    @BeforeAll
    static void createTable() throws SQLException {
        admin = TestDatabases.adminPostgres();
        execute(admin, "DROP TABLE IF EXISTS public.dm_snapshot_rows");
        execute(admin, "CREATE TABLE public.dm_snapshot_rows AS SELECT g AS id FROM generate_series(1, 100) g");
    }

    @AfterAll
    static void dropTable() throws SQLException {
        execute(admin, "DROP TABLE IF EXISTS public.dm_snapshot_rows");
        admin.close();
    }

    @Test
    void aJoiningSessionReadsTheExportedStateNotLaterCommits() throws Exception {
        try (JdbcSource source = JdbcSource.reusingConnections(POSTGRES, 2)) {
            Dialect dialect = source.dialect();
            assertThat(dialect.sharesSnapshots()).isTrue();
            try (Connection exporter = source.connect(); Connection joiner = source.connect()) {
                String snapshot = dialect.exportSnapshot(exporter);
                execute(admin, "INSERT INTO public.dm_snapshot_rows SELECT g FROM generate_series(101, 150) g");
                dialect.joinSnapshot(joiner, snapshot);

                assertThat(count(joiner)).isEqualTo(100);
                assertThat(count(exporter)).isEqualTo(100);
                assertThat(text(joiner, "SHOW transaction_read_only")).isEqualTo("on");
                exporter.rollback();
                joiner.rollback();
            }
            try (Connection returned = source.connect()) {
                assertThat(text(returned, "SHOW transaction_isolation")).as("the pool restores isolation")
                        .isEqualTo("read committed");
                assertThat(count(returned)).isEqualTo(150);
            }
        }
    }

    @Test
    void aSnapshotIdIsCheckedBeforeItIsQuoted() throws Exception {
        try (JdbcSource source = new JdbcSource(POSTGRES); Connection connection = source.connect()) {
            assertThatThrownBy(() -> source.dialect().joinSnapshot(connection, "1'; DROP TABLE x; --"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("not a PostgreSQL snapshot id");
            assertThatThrownBy(() -> source.dialect().joinSnapshot(connection, "00000003-0000FFFF-1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("snapshot");
        }
    }

    @Test
    void mariaDbCannotShareASnapshot() throws Exception {
        try (JdbcSource source = TestDatabases.mariaDbSource(TableFilter.ALL); Connection connection = source.connect()) {
            assertThat(source.dialect().sharesSnapshots()).isFalse();
            assertThatThrownBy(() -> source.dialect().exportSnapshot(connection))
                    .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("mysql");
        }
    }

    private static long count(Connection connection) throws SQLException {
        return Long.parseLong(text(connection, "SELECT count(*) FROM public.dm_snapshot_rows"));
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
