package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite keeps dates as text and booleans as integers: the profiler parses them and the figures still match. */
class SqliteProfileTest {

    static final int ROWS = 5_000;
    static final ProfileOptions FULL = new ProfileOptions(ProfileMode.FULL, 1_000_000, 100_000, 10_000, 1_000);

    static final TableSchema MIXED = Schemas.table(null, "mixed")
            .column("id", "INTEGER", TypeFamily.INTEGER)
            .column("small_int", "INTEGER", TypeFamily.INTEGER)
            .column("amount", "NUMERIC(12,2)", TypeFamily.DECIMAL)
            .column("ratio", "REAL", TypeFamily.FLOAT)
            .column("category", "VARCHAR(20)", TypeFamily.TEXT, 20)
            .column("notes", "TEXT", TypeFamily.TEXT)
            .column("flag", "BOOLEAN", TypeFamily.BOOLEAN)
            .column("created", "DATE", TypeFamily.DATE)
            .column("seen_at", "TIMESTAMP", TypeFamily.TIMESTAMP)
            .column("payload", "BLOB", TypeFamily.BINARY)
            .column("all_null", "INTEGER", TypeFamily.INTEGER)
            .rows(ROWS);

    static final TableSchema EMPTY = Schemas.table(null, "empty_table")
            .column("id", "INTEGER", TypeFamily.INTEGER)
            .column("d", "DATE", TypeFamily.DATE)
            .rows(0);

    @TempDir
    static Path dir;
    static Connection admin;
    static JdbcSource source;
    static IndependentFigures mixed;
    static TableProfile profile;

    @BeforeAll
    static void createTables() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("profile.db");
        admin = DriverManager.getConnection(url);
        TestDatabases.execute(admin,
                """
                CREATE TABLE mixed (id INTEGER, small_int INTEGER, amount NUMERIC(12,2), ratio REAL, category VARCHAR(20),
                  notes TEXT, flag BOOLEAN, created DATE, seen_at TIMESTAMP, payload BLOB, all_null INTEGER)
                """,
                """
                WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 5000)
                INSERT INTO mixed SELECT g,
                  CASE WHEN g % 10 = 0 THEN NULL ELSE g % 7 - 3 END,
                  CASE WHEN g % 11 = 0 THEN NULL ELSE round(((g * 37) % 1000) * 1.37 - 300, 2) END,
                  ((g * 7919) % 10007) / 3.0,
                  CASE WHEN g % 101 = 0 THEN '' WHEN g % 13 = 0 THEN NULL ELSE 'cat_' || (g % 17) END,
                  CASE WHEN g % 50 = 0 THEN replace(hex(zeroblob(5000 + g % 100)), '00', 'x')
                       WHEN g % 7 = 0 THEN NULL ELSE 'short note ' || g END,
                  CASE WHEN g % 17 = 0 THEN NULL ELSE g % 3 = 0 END,
                  date('2020-01-01', '+' || (g % 1500) || ' days'),
                  CASE WHEN g % 19 = 0 THEN NULL ELSE datetime('2024-03-01 00:00:00', '+' || g || ' minutes') END,
                  CASE WHEN g % 9 = 0 THEN NULL ELSE zeroblob(g % 64) END,
                  NULL
                FROM s
                """,
                "CREATE TABLE empty_table (id INTEGER, d DATE)");
        source = new JdbcSource(SourceConfig.of(url));
        mixed = new IndependentFigures(admin, "\"mixed\"", id -> '"' + id + '"', "LENGTH");
        profile = new TableProfiler(source, FULL).profile(MIXED);
    }

    @AfterAll
    static void close() throws SQLException {
        admin.close();
    }

    @Test
    void everyFigureMatchesSql() throws SQLException {
        assertThat(profile.rowsProfiled()).isEqualTo(ROWS);
        for (String column : new String[] {"id", "small_int", "amount", "ratio", "category", "flag", "created",
                "seen_at", "all_null"}) {
            mixed.assertCommon(profile, column);
        }
        for (String column : new String[] {"id", "small_int", "amount", "ratio"}) {
            mixed.assertNumeric(profile, column);
            mixed.assertQuantiles(profile, column);
            mixed.assertHistogram(profile, column);
        }
        mixed.assertText(profile, "category");
        mixed.assertCommon(profile, "notes", "substr(notes, 1, 256)");
        mixed.assertText(profile, "notes");
        mixed.assertTopValues(profile, "small_int", "?");
        mixed.assertTopValues(profile, "category", "?");
        mixed.assertTopValues(profile, "created", "?");
        mixed.assertTopValues(profile, "flag", "(CASE WHEN ? = 'true' THEN 1 ELSE 0 END)");
        mixed.assertSamples(profile, "amount", "?");
        mixed.assertSamples(profile, "seen_at", "REPLACE(?, 'T', ' ')");
        assertThat(profile.column("notes").orElseThrow().samples()).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(256));
    }

    @Test
    void textDatesAreParsed() throws SQLException {
        TemporalStats created = profile.column("created").orElseThrow().temporal();
        assertThat(created.min()).isEqualTo(mixed.string("SELECT MIN(created) FROM mixed"));
        assertThat(created.max()).isEqualTo(mixed.string("SELECT MAX(created) FROM mixed"));
        mixed.assertDistribution(profile, "created", "month", "strftime('%Y-%m', created)");
        TemporalStats seen = profile.column("seen_at").orElseThrow().temporal();
        assertThat(seen.max()).isEqualTo(mixed.string("SELECT REPLACE(MAX(seen_at), ' ', 'T') FROM mixed"));
        mixed.assertDistribution(profile, "seen_at", "day", "substr(seen_at, 1, 10)");
    }

    @Test
    void integerBooleansAndBlobSizes() throws SQLException {
        double[] flags = mixed.doubles("SELECT SUM(flag = 1), SUM(flag = 0) FROM mixed");
        assertThat(profile.column("flag").orElseThrow().bool()).isEqualTo(new BooleanStats((long) flags[0], (long) flags[1]));
        double[] sizes = mixed.doubles("SELECT MIN(LENGTH(payload)), AVG(LENGTH(payload)), MAX(LENGTH(payload)) FROM mixed");
        SizeStats size = profile.column("payload").orElseThrow().size();
        assertThat(size.minBytes()).isEqualTo((long) sizes[0]);
        assertThat(size.avgBytes()).isCloseTo(sizes[1], within(1e-9));
        assertThat(size.maxBytes()).isEqualTo((long) sizes[2]);
    }

    @Test
    void emptyTableAndSampling() {
        TableProfile empty = new TableProfiler(source, FULL).profile(EMPTY);
        assertThat(empty.rowsProfiled()).isZero();
        assertThat(empty.columns()).allSatisfy(c -> assertThat(c.distinct()).isEqualTo(DistinctCount.exact(0)));

        ProfileOptions sampling = new ProfileOptions(ProfileMode.AUTO, 1_000, 1_000, 10_000, 1_000);
        TableProfile sample = new TableProfiler(source, sampling).profile(MIXED);
        assertThat(sample.sampled()).isTrue();
        assertThat(sample.method()).isEqualTo("random filter (20.0000%)");
        assertThat(sample.rowsProfiled()).isBetween(800L, 1_000L);
    }
}
