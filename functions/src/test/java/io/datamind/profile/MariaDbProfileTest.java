package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same checks against MariaDB (database dm_profile): its own drivers' types and SQL aggregates. */
class MariaDbProfileTest {

    static final int ROWS = 20_000;
    static final ProfileOptions FULL = new ProfileOptions(ProfileMode.FULL, 1_000_000, 100_000, 10_000, 5_000);

    static final TableSchema MIXED = Schemas.table("dm_profile", "mixed")
            .column("id", "int", TypeFamily.INTEGER)
            .column("small_int", "int", TypeFamily.INTEGER)
            .column("amount", "decimal(12,2)", TypeFamily.DECIMAL)
            .column("ratio", "double", TypeFamily.FLOAT)
            .column("category", "varchar(20)", TypeFamily.TEXT, 20)
            .column("notes", "longtext", TypeFamily.TEXT)
            .column("flag", "tinyint(1)", TypeFamily.BOOLEAN)
            .column("created", "date", TypeFamily.DATE)
            .column("seen_at", "datetime", TypeFamily.TIMESTAMP)
            .column("at_time", "time", TypeFamily.TIME)
            .column("payload", "blob", TypeFamily.BINARY)
            .column("all_null", "int", TypeFamily.INTEGER)
            .column("doc", "longtext", TypeFamily.JSON)
            .rows(ROWS);

    static final TableSchema EMPTY = Schemas.table("dm_profile", "empty_table")
            .column("id", "int", TypeFamily.INTEGER)
            .column("name", "text", TypeFamily.TEXT)
            .column("d", "date", TypeFamily.DATE)
            .rows(0);

    static Connection admin;
    static IndependentFigures mixed;
    static TableProfile profile;

    @BeforeAll
    static void createTables() throws SQLException {
        admin = TestDatabases.mariadbAdmin();
        TestDatabases.execute(admin,
                "CREATE DATABASE IF NOT EXISTS dm_profile",
                "DROP TABLE IF EXISTS dm_profile.mixed",
                """
                CREATE TABLE dm_profile.mixed (id INT, small_int INT, amount DECIMAL(12,2), ratio DOUBLE,
                  category VARCHAR(20), notes LONGTEXT, flag BOOLEAN, created DATE, seen_at DATETIME, at_time TIME,
                  payload BLOB, all_null INT, doc JSON)
                """,
                """
                INSERT INTO dm_profile.mixed
                SELECT seq,
                  IF(seq % 10 = 0, NULL, seq % 7 - 3),
                  IF(seq % 11 = 0, NULL, ROUND(((seq * 37) % 1000) * 1.37 - 300, 2)),
                  ((seq * 7919) % 10007) / 3.0,
                  CASE WHEN seq % 101 = 0 THEN '' WHEN seq % 13 = 0 THEN NULL ELSE CONCAT('cat_', seq % 17) END,
                  CASE WHEN seq % 50 = 0 THEN REPEAT('x', 5000 + seq % 100) WHEN seq % 7 = 0 THEN NULL
                       ELSE CONCAT('short note ', seq) END,
                  IF(seq % 17 = 0, NULL, seq % 3 = 0),
                  DATE '2020-01-01' + INTERVAL (seq % 1500) DAY,
                  IF(seq % 19 = 0, NULL, TIMESTAMP '2024-03-01 00:00:00' + INTERVAL seq MINUTE),
                  SEC_TO_TIME((seq % 1440) * 60),
                  IF(seq % 9 = 0, NULL, UNHEX(REPEAT('ab', seq % 64))),
                  NULL,
                  JSON_OBJECT('k', seq % 5)
                FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_20000) s
                """,
                "DROP TABLE IF EXISTS dm_profile.empty_table",
                "CREATE TABLE dm_profile.empty_table (id INT, name TEXT, d DATE)");
        mixed = new IndependentFigures(admin, "`dm_profile`.`mixed`", id -> '`' + id + '`', "CHAR_LENGTH");
        profile = new TableProfiler(TestDatabases.mariadb(), FULL).profile(MIXED);
    }

    @AfterAll
    static void close() throws SQLException {
        admin.close();
    }

    @Test
    void everyFigureMatchesSql() throws SQLException {
        assertThat(profile.rowsProfiled()).isEqualTo(ROWS);
        assertThat(profile.sampled()).isFalse();
        for (String column : new String[] {"id", "small_int", "amount", "ratio", "category", "flag", "created",
                "seen_at", "at_time", "all_null", "doc"}) {
            mixed.assertCommon(profile, column);
        }
        for (String column : new String[] {"id", "small_int", "amount", "ratio"}) {
            mixed.assertNumeric(profile, column);
            mixed.assertQuantiles(profile, column);
            mixed.assertHistogram(profile, column);
        }
        double stddevSamp = mixed.doubles("SELECT STDDEV_SAMP(amount) FROM dm_profile.mixed")[0];
        assertThat(profile.column("amount").orElseThrow().numeric().stddev()).as("STDDEV_SAMP prints 6 decimals")
                .isCloseTo(stddevSamp, within(1e-6));
        mixed.assertText(profile, "category");
        mixed.assertText(profile, "doc");
        assertThat(profile.column("doc").orElseThrow().text().topShapes()).extracting(ValueCount::value)
                .containsExactly("{\"a\": 9}");
    }

    @Test
    void topValuesAndSamplesMatchSql() throws SQLException {
        mixed.assertTopValues(profile, "small_int", "?");
        mixed.assertTopValues(profile, "amount", "CAST(? AS DECIMAL(12,2))");
        mixed.assertTopValues(profile, "category", "?");
        mixed.assertTopValues(profile, "flag", "(CASE WHEN ? = 'true' THEN 1 ELSE 0 END)");
        mixed.assertTopValues(profile, "created", "CAST(? AS DATE)");
        mixed.assertTopValues(profile, "at_time", "CAST(? AS TIME)");
        mixed.assertSamples(profile, "ratio", "CAST(? AS DOUBLE)");
        mixed.assertSamples(profile, "seen_at", "CAST(? AS DATETIME)");
        mixed.assertSamples(profile, "doc", "?");
    }

    @Test
    void largeTextAndBinaryAreNeverFetchedWhole() throws SQLException {
        ProfileQuery query = ProfileQuery.plan(TestDatabases.mariadb().dialect(), MIXED, FULL);
        assertThat(query.sql()).contains("CHAR_LENGTH(`notes`)", "LEFT(`notes`, 256)", "OCTET_LENGTH(`payload`)");
        mixed.assertCommon(profile, "notes", "LEFT(notes, 256)");
        mixed.assertText(profile, "notes");
        assertThat(profile.column("notes").orElseThrow().samples()).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(256));

        ColumnProfile payload = profile.column("payload").orElseThrow();
        double[] sizes = mixed.doubles("SELECT MIN(OCTET_LENGTH(payload)), AVG(OCTET_LENGTH(payload)),"
                + " MAX(OCTET_LENGTH(payload)) FROM dm_profile.mixed");
        assertThat(payload.size().minBytes()).isEqualTo((long) sizes[0]);
        assertThat(payload.size().avgBytes()).isCloseTo(sizes[1], within(1e-4));
        assertThat(payload.size().maxBytes()).isEqualTo((long) sizes[2]);
    }

    @Test
    void booleansAndTemporalMatchSql() throws SQLException {
        BooleanStats flag = profile.column("flag").orElseThrow().bool();
        double[] counts = mixed.doubles("SELECT SUM(flag = 1), SUM(flag = 0) FROM dm_profile.mixed");
        assertThat(flag).isEqualTo(new BooleanStats((long) counts[0], (long) counts[1]));

        TemporalStats created = profile.column("created").orElseThrow().temporal();
        assertThat(created.min()).isEqualTo(mixed.string("SELECT CAST(MIN(created) AS CHAR) FROM dm_profile.mixed"));
        assertThat(created.max()).isEqualTo(mixed.string("SELECT CAST(MAX(created) AS CHAR) FROM dm_profile.mixed"));
        mixed.assertDistribution(profile, "created", "month", "DATE_FORMAT(created, '%Y-%m')");
        TemporalStats seen = profile.column("seen_at").orElseThrow().temporal();
        assertThat(seen.max()).isEqualTo(mixed.string("SELECT DATE_FORMAT(MAX(seen_at), '%Y-%m-%dT%H:%i:%s') FROM dm_profile.mixed"));
        mixed.assertDistribution(profile, "seen_at", "day", "DATE_FORMAT(seen_at, '%Y-%m-%d')");
        TemporalStats time = profile.column("at_time").orElseThrow().temporal();
        assertThat(time.min()).isEqualTo("00:00:00");
        assertThat(time.max()).isEqualTo(mixed.string("SELECT CAST(MAX(at_time) AS CHAR) FROM dm_profile.mixed"));
    }

    @Test
    void allNullAndEmptyTable() {
        ColumnProfile allNull = profile.column("all_null").orElseThrow();
        assertThat(allNull.nullRatio()).isEqualTo(1.0);
        assertThat(allNull.numeric()).isNull();
        TableProfile empty = new TableProfiler(TestDatabases.mariadb(), FULL).profile(EMPTY);
        assertThat(empty.rowsProfiled()).isZero();
        assertThat(empty.columns()).allSatisfy(c -> {
            assertThat(c.distinct()).isEqualTo(DistinctCount.exact(0));
            assertThat(c.numeric()).isNull();
            assertThat(c.text()).isNull();
            assertThat(c.temporal()).isNull();
        });
    }

    @Test
    void unsignedBigintsBeyondLongAreReadAsDoubles() throws SQLException {
        TestDatabases.execute(admin, "DROP TABLE IF EXISTS dm_profile.unsigned_ids",
                "CREATE TABLE dm_profile.unsigned_ids (u BIGINT UNSIGNED)",
                "INSERT INTO dm_profile.unsigned_ids VALUES (18446744073709551615), (1), (2), (2), (NULL)");
        TableSchema unsigned = Schemas.table("dm_profile", "unsigned_ids")
                .column("u", "bigint(20) unsigned", TypeFamily.INTEGER).rows(5);
        ColumnProfile u = new TableProfiler(TestDatabases.mariadb(), FULL).profile(unsigned).column("u").orElseThrow();
        assertThat(u.distinct()).isEqualTo(DistinctCount.exact(3));
        assertThat(u.nullCount()).isEqualTo(1);
        assertThat(u.numeric().min()).isEqualTo(1.0);
        assertThat(u.numeric().max()).isEqualTo(18446744073709551615.0);
        assertThat(u.topValues().values().get(0)).isEqualTo(new ValueCount("2", 2));
    }

    @Test
    void sampleModeUsesTheRandomFilter() {
        ProfileOptions options = new ProfileOptions(ProfileMode.SAMPLE, 1_000_000, 5_000, 10_000, 5_000);
        TableProfile sample = new TableProfiler(TestDatabases.mariadb(), options).profile(MIXED);
        assertThat(sample.sampled()).isTrue();
        assertThat(sample.method()).isEqualTo("random filter RAND() < 0.25000000");
        assertThat(sample.rowsProfiled()).isBetween(4_000L, 5_000L);
        assertThat(sample.column("small_int").orElseThrow().distinct()).isEqualTo(DistinctCount.exact(7));
        assertThat(sample.column("id").orElseThrow().uniquenessRatio()).isEqualTo(1.0);
    }
}
