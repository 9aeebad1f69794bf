package io.datamind.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprints on real databases: stable while nothing changes (reading, ANALYZE), different after each kind of
 * change the issue names (rows, columns, types, nullability, defaults, constraints, comments), per database marker.
 */
class TableFingerprintTest {

    @TempDir
    Path temp;

    @Test
    void postgresqlSeesRowsStructureAndRewritesButNotReadingOrAnalyze() throws Exception {
        try (Connection pg = TestDatabases.adminPostgres()) {
            execute(pg, "DROP SCHEMA IF EXISTS dm_incr_fp CASCADE", "CREATE SCHEMA dm_incr_fp",
                    "CREATE TABLE dm_incr_fp.item (id int PRIMARY KEY, name text NOT NULL, price numeric(8,2))",
                    "INSERT INTO dm_incr_fp.item SELECT g, 'Item ' || g, g FROM generate_series(1, 50) g",
                    "CREATE VIEW dm_incr_fp.cheap AS SELECT * FROM dm_incr_fp.item WHERE price < 10");
        }
        SchemaScanner scanner = new SchemaScanner(TestDatabases.postgresSource(new TableFilter(List.of("dm_incr_fp"), List.of(), List.of())));
        TableRef item = new TableRef("dm_incr_fp", "item");
        TableFingerprint original = settled(scanner, item);
        assertThat(original.hash()).matches("[0-9a-f]{64}");
        assertThat(original.dataMarker()).startsWith("rows=50; ins=50 upd=0 del=0 file=");

        try (Connection pg = TestDatabases.adminPostgres()) {
            execute(pg, "SELECT count(*) FROM dm_incr_fp.item", "ANALYZE dm_incr_fp.item", "VACUUM dm_incr_fp.item");
        }
        assertThat(settled(scanner, item)).as("reading, ANALYZE and VACUUM change nothing").isEqualTo(original);

        TableFingerprint updated = afterChange(scanner, item, "UPDATE dm_incr_fp.item SET price = price + 1 WHERE id = 7");
        assertThat(updated.hash()).as("an update keeps the row count but moves the counters").isNotEqualTo(original.hash());
        TableFingerprint truncated = afterChange(scanner, item, "TRUNCATE dm_incr_fp.item",
                "INSERT INTO dm_incr_fp.item SELECT g, 'Item ' || g, g FROM generate_series(1, 50) g");
        assertThat(truncated.dataMarker()).contains("rows=50");
        assertThat(truncated.hash()).as("TRUNCATE and the same rows again").isNotEqualTo(updated.hash());
        TableFingerprint previous = truncated;
        for (String change : List.of("ALTER TABLE dm_incr_fp.item ALTER COLUMN price SET DEFAULT 1",
                "ALTER TABLE dm_incr_fp.item ALTER COLUMN name DROP NOT NULL",
                "ALTER TABLE dm_incr_fp.item ADD CONSTRAINT item_name UNIQUE (name)",
                "COMMENT ON COLUMN dm_incr_fp.item.name IS 'What the item is called'",
                "ALTER TABLE dm_incr_fp.item ADD COLUMN colour text")) {
            TableFingerprint now = afterChange(scanner, item, change);
            assertThat(now.hash()).as(change).isNotEqualTo(previous.hash());
            previous = now;
        }
        TableFingerprint view = scanner.scanWithFingerprint(new TableRef("dm_incr_fp", "cheap")).fingerprint();
        assertThat(view.dataMarker()).as("a view has no marker of its own").isNull();
        assertThat(view.provesUnchanged(view)).isFalse();
    }

    @Test
    void mariaDbUsesUpdateTimeAndTheExactCount() throws Exception {
        try (Connection maria = TestDatabases.adminMariaDb()) {
            execute(maria, "DROP DATABASE IF EXISTS dm_incr_fp", "CREATE DATABASE dm_incr_fp",
                    "CREATE TABLE dm_incr_fp.item (id int PRIMARY KEY, name varchar(40) NOT NULL) ENGINE=InnoDB",
                    "INSERT INTO dm_incr_fp.item VALUES (1, 'one'), (2, 'two')");
        }
        SchemaScanner scanner = new SchemaScanner(TestDatabases.mariaDbSource(new TableFilter(List.of("dm_incr_fp"), List.of(), List.of())));
        TableRef item = new TableRef("dm_incr_fp", "item");
        TableFingerprint original = scanner.scanWithFingerprint(item).fingerprint();
        assertThat(original.dataMarker()).startsWith("rows=2; created=").contains("updated=");
        assertThat(scanner.scanWithFingerprint(item).fingerprint()).isEqualTo(original);
        Thread.sleep(1_100); // UPDATE_TIME has whole seconds
        try (Connection maria = TestDatabases.adminMariaDb()) {
            execute(maria, "UPDATE dm_incr_fp.item SET name = 'uno' WHERE id = 1");
        }
        assertThat(scanner.scanWithFingerprint(item).fingerprint().hash()).isNotEqualTo(original.hash());
    }

    /** H2's LAST_MODIFICATION starts again when a file database is reopened, so only the exact count is used. */
    @Test
    void h2HasTheExactCountOnly() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("fp").toAbsolutePath();
        try (Connection h2 = DriverManager.getConnection(url)) {
            execute(h2, "CREATE TABLE ITEM (ID INT PRIMARY KEY, NAME VARCHAR(40))", "INSERT INTO ITEM VALUES (1, 'one')");
        }
        SchemaScanner scanner = new SchemaScanner(new JdbcSource(SourceConfig.of(url)));
        TableRef item = new TableRef("PUBLIC", "ITEM");
        TableFingerprint original = scanner.scanWithFingerprint(item).fingerprint();
        assertThat(original.dataMarker()).isEqualTo("rows=1");
        assertThat(scanner.scanWithFingerprint(item).fingerprint()).isEqualTo(original);
        try (Connection h2 = DriverManager.getConnection(url)) {
            execute(h2, "INSERT INTO ITEM VALUES (2, 'two')");
        }
        assertThat(scanner.scanWithFingerprint(item).fingerprint().hash()).isNotEqualTo(original.hash());
    }

    @Test
    void sqliteHasTheExactCountOnly() throws Exception {
        String url = "jdbc:sqlite:" + temp.resolve("fp.db").toAbsolutePath();
        try (Connection sqlite = DriverManager.getConnection(url)) {
            execute(sqlite, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO item VALUES (1, 'one')");
        }
        SchemaScanner scanner = new SchemaScanner(new JdbcSource(SourceConfig.of(url)));
        TableFingerprint original = scanner.scanWithFingerprint(new TableRef(null, "item")).fingerprint();
        assertThat(original.dataMarker()).isEqualTo("rows=1");
        try (Connection sqlite = DriverManager.getConnection(url)) {
            execute(sqlite, "INSERT INTO item VALUES (2, 'two')");
        }
        assertThat(scanner.scanWithFingerprint(new TableRef(null, "item")).fingerprint().hash()).isNotEqualTo(original.hash());
    }

    /** PostgreSQL reports a session's counters when it ends: scan until two scans agree. */
    private static TableFingerprint settled(SchemaScanner scanner, TableRef table) throws InterruptedException {
        TableFingerprint previous = scanner.scanWithFingerprint(table).fingerprint();
        for (int attempt = 0; attempt < 20; attempt++) {
            Thread.sleep(300);
            TableFingerprint now = scanner.scanWithFingerprint(table).fingerprint();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private static TableFingerprint afterChange(SchemaScanner scanner, TableRef table, String... sql) throws Exception {
        try (Connection pg = TestDatabases.adminPostgres()) {
            execute(pg, sql);
        }
        return settled(scanner, table);
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
