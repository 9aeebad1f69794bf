package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datamind.scan.Dialect;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Profiles tables of known data in schema dm_profile and checks every figure against SQL aggregates. */
class PostgresProfileTest {

    static final int ROWS = 20_000;
    static final ProfileOptions FULL = new ProfileOptions(ProfileMode.FULL, 1_000_000, 100_000, 10_000, 5_000);

    static final TableSchema MIXED = Schemas.table("dm_profile", "mixed")
            .column("id", "integer", TypeFamily.INTEGER)
            .column("small_int", "integer", TypeFamily.INTEGER)
            .column("amount", "numeric(12,2)", TypeFamily.DECIMAL)
            .column("ratio", "double precision", TypeFamily.FLOAT)
            .column("category", "character varying(20)", TypeFamily.TEXT, 20)
            .column("code", "character varying(10)", TypeFamily.TEXT, 10)
            .column("notes", "text", TypeFamily.TEXT)
            .column("flag", "boolean", TypeFamily.BOOLEAN)
            .column("created", "date", TypeFamily.DATE)
            .column("seen_at", "timestamp without time zone", TypeFamily.TIMESTAMP)
            .column("updated_at", "timestamp with time zone", TypeFamily.TIMESTAMP)
            .column("at_time", "time without time zone", TypeFamily.TIME)
            .column("payload", "bytea", TypeFamily.BINARY)
            .column("all_null", "integer", TypeFamily.INTEGER)
            .column("uid", "uuid", TypeFamily.UUID)
            .rows(ROWS);

    static final TableSchema EMPTY = Schemas.table("dm_profile", "empty_table")
            .column("id", "integer", TypeFamily.INTEGER)
            .column("name", "text", TypeFamily.TEXT)
            .column("d", "date", TypeFamily.DATE)
            .column("b", "bytea", TypeFamily.BINARY)
            .column("f", "boolean", TypeFamily.BOOLEAN)
            .rows(0);

    static final TableSchema SMALL = Schemas.table("dm_profile", "small")
            .column("v", "integer", TypeFamily.INTEGER)
            .column("w", "double precision", TypeFamily.FLOAT)
            .column("same", "integer", TypeFamily.INTEGER)
            .rows(150);

    static final TableSchema SPECIALS = Schemas.table("dm_profile", "specials")
            .column("v", "double precision", TypeFamily.FLOAT)
            .column("nothing", "text", TypeFamily.TEXT)
            .rows(6);

    static Connection admin;
    static IndependentFigures mixed;
    static TableProfile profile;

    @BeforeAll
    static void createTables() throws SQLException {
        admin = TestDatabases.postgresAdmin();
        TestDatabases.execute(admin,
                "CREATE SCHEMA IF NOT EXISTS dm_profile",
                "DROP TABLE IF EXISTS dm_profile.mixed",
                """
                CREATE TABLE dm_profile.mixed AS
                SELECT g AS id,
                  CASE WHEN g % 10 = 0 THEN NULL ELSE g % 7 - 3 END AS small_int,
                  CASE WHEN g % 11 = 0 THEN NULL ELSE round(((g * 37) % 1000) * 1.37 - 300, 2) END::numeric(12,2) AS amount,
                  ((g * 7919) % 10007) / 3.0::double precision AS ratio,
                  (CASE WHEN g % 101 = 0 THEN '' WHEN g % 13 = 0 THEN NULL ELSE 'cat_' || (g % 17) END)::varchar(20) AS category,
                  ('AB-' || lpad((g % 1000)::text, 4, '0') || CASE WHEN g % 4 = 0 THEN 'x' ELSE '' END)::varchar(10) AS code,
                  CASE WHEN g % 50 = 0 THEN repeat('x', 5000 + g % 100) WHEN g % 7 = 0 THEN NULL ELSE 'short note ' || g END AS notes,
                  CASE WHEN g % 17 = 0 THEN NULL ELSE g % 3 = 0 END AS flag,
                  date '2020-01-01' + (g % 1500) AS created,
                  CASE WHEN g % 19 = 0 THEN NULL ELSE timestamp '2024-03-01 00:00:00' + g * interval '1 minute' END AS seen_at,
                  timestamptz '2024-03-01 00:00:00+00' + g * interval '7 minutes' AS updated_at,
                  time '00:00' + (g % 1440) * interval '1 minute' AS at_time,
                  CASE WHEN g % 9 = 0 THEN NULL ELSE decode(repeat('ab', g % 64), 'hex') END AS payload,
                  NULL::integer AS all_null,
                  md5((g % 300)::text)::uuid AS uid
                FROM generate_series(1, 20000) g
                """,
                "DROP TABLE IF EXISTS dm_profile.empty_table",
                "CREATE TABLE dm_profile.empty_table (id integer, name text, d date, b bytea, f boolean)",
                "DROP TABLE IF EXISTS dm_profile.small",
                "CREATE TABLE dm_profile.small AS SELECT (g * g) % 97 AS v, g / 7.0::double precision AS w, 5 AS same"
                        + " FROM generate_series(1, 150) g",
                "DROP TABLE IF EXISTS dm_profile.specials",
                "CREATE TABLE dm_profile.specials (v double precision, nothing text)",
                "INSERT INTO dm_profile.specials (v) VALUES (1), (2), ('NaN'), ('Infinity'), ('-Infinity'), (NULL)");
        mixed = new IndependentFigures(admin, "dm_profile.mixed", id -> '"' + id + '"', "CHAR_LENGTH");
        profile = new TableProfiler(TestDatabases.postgres(), FULL).profile(MIXED);
    }

    @AfterAll
    static void close() throws SQLException {
        admin.close();
    }

    @Test
    void fullScanReadsEveryRowOnce() {
        assertThat(profile.sampled()).isFalse();
        assertThat(profile.method()).isEqualTo("full scan");
        assertThat(profile.rowsProfiled()).isEqualTo(ROWS);
        assertThat(profile.columns()).hasSize(MIXED.columns().size());
        assertThat(profile.durationMs()).isNotNegative();
    }

    @Test
    void commonFiguresMatchSql() throws SQLException {
        for (String column : new String[] {"id", "small_int", "amount", "ratio", "category", "code", "flag",
                "created", "seen_at", "updated_at", "at_time", "all_null", "uid"}) {
            mixed.assertCommon(profile, column);
        }
        assertThat(profile.column("id").orElseThrow().distinct().exact()).as("20,000 ids exceed the exact limit").isFalse();
        assertThat(profile.column("ratio").orElseThrow().distinct().exact()).isFalse();
        assertThat(profile.column("amount").orElseThrow().distinct().exact()).isTrue();
    }

    @Test
    void numericFiguresMatchSql() throws SQLException {
        for (String column : new String[] {"id", "small_int", "amount", "ratio"}) {
            mixed.assertNumeric(profile, column);
            mixed.assertQuantiles(profile, column);
            mixed.assertHistogram(profile, column);
        }
        NumericStats smallInt = profile.column("small_int").orElseThrow().numeric();
        assertThat(smallInt.zeros()).isPositive();
        assertThat(smallInt.negatives()).isPositive();
        assertThat(smallInt.quantiles().exact()).as("18,000 values put KLL in estimation mode").isFalse();
        double stddevSamp = mixed.doubles("SELECT stddev_samp(amount) FROM dm_profile.mixed")[0];
        assertThat(profile.column("amount").orElseThrow().numeric().stddev()).isCloseTo(stddevSamp, within(1e-9));
    }

    @Test
    void estimatedMedianIsCloseToPercentileCont() throws SQLException {
        for (String column : new String[] {"id", "amount", "ratio"}) {
            NumericStats n = profile.column(column).orElseThrow().numeric();
            double[] sql = mixed.doubles("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY " + column + "), "
                    + "percentile_cont(0.95) WITHIN GROUP (ORDER BY " + column + ") FROM dm_profile.mixed");
            double range = n.max() - n.min();
            assertThat(n.quantiles().p50()).as("%s p50", column).isCloseTo(sql[0], within(0.034 * range));
            assertThat(n.quantiles().p95()).as("%s p95", column).isCloseTo(sql[1], within(0.034 * range));
        }
    }

    @Test
    void topValuesAndSamplesMatchSql() throws SQLException {
        mixed.assertTopValues(profile, "small_int", "CAST(? AS integer)");
        mixed.assertTopValues(profile, "amount", "CAST(? AS numeric)");
        mixed.assertTopValues(profile, "category", "?");
        mixed.assertTopValues(profile, "flag", "CAST(? AS boolean)");
        mixed.assertTopValues(profile, "created", "CAST(? AS date)");
        mixed.assertTopValues(profile, "at_time", "CAST(? AS time)");
        mixed.assertTopValues(profile, "uid", "CAST(? AS uuid)");
        mixed.assertSamples(profile, "id", "CAST(? AS integer)");
        mixed.assertSamples(profile, "amount", "CAST(? AS numeric)");
        mixed.assertSamples(profile, "ratio", "CAST(? AS double precision)");
        mixed.assertSamples(profile, "category", "?");
        mixed.assertSamples(profile, "seen_at", "CAST(? AS timestamp)");
        mixed.assertSamples(profile, "updated_at", "CAST(? AS timestamptz)");
        mixed.assertSamples(profile, "uid", "CAST(? AS uuid)");
        FrequentValues ids = profile.column("id").orElseThrow().topValues();
        assertThat(ids.exact()).as("20,000 distinct ids overflow the frequent-items map").isFalse();
        assertThat(ids.values()).as("no id stands out").isEmpty();
    }

    @Test
    void textFiguresMatchSql() throws SQLException {
        mixed.assertText(profile, "category");
        mixed.assertText(profile, "code");
        assertThat(profile.column("category").orElseThrow().text().emptyCount()).isPositive();
        var shapes = profile.column("code").orElseThrow().text().topShapes();
        var expected = new java.util.ArrayList<ValueCount>();
        try (var rs = admin.createStatement().executeQuery("""
                SELECT s, count(*) FROM (SELECT regexp_replace(regexp_replace(regexp_replace(left(code, 32),
                  '[A-Z]', 'A', 'g'), '[a-z]', 'a', 'g'), '[0-9]', '9', 'g') AS s FROM dm_profile.mixed) x
                GROUP BY s ORDER BY 2 DESC, 1""")) {
            while (rs.next()) {
                expected.add(new ValueCount(rs.getString(1), rs.getLong(2)));
            }
        }
        assertThat(shapes).containsExactlyElementsOf(expected);
        assertThat(shapes).extracting(ValueCount::value).containsExactly("AA-9999", "AA-9999a");
    }

    /** Lengths are computed by the server over whole values, while only 256-character prefixes are fetched. */
    @Test
    void largeTextIsMeasuredServerSideAndFetchedAsPrefix() throws SQLException {
        ProfileQuery query = ProfileQuery.plan(TestDatabases.postgres().dialect(), MIXED, FULL);
        assertThat(query.sql()).contains("CHAR_LENGTH(\"notes\"::text)", "LEFT(\"notes\"::text, 256)")
                .doesNotContain(", \"notes\",").doesNotContain("\"payload\",");
        mixed.assertCommon(profile, "notes", "left(notes, 256)");
        mixed.assertText(profile, "notes");
        ColumnProfile notes = profile.column("notes").orElseThrow();
        assertThat(notes.text().maxLength()).isEqualTo(5050);
        assertThat(notes.samples()).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(256));
        ValueCount first = notes.topValues().values().get(0);
        assertThat(first.value()).isEqualTo("x".repeat(256));
        assertThat(first.count()).as("400 large values share one prefix; estimate within the sketch error")
                .isCloseTo(400, within(70L));
    }

    /**
     * The server measures and cuts only values stored in more than 256 bytes; shorter ones come whole, and the
     * profiler measures and cuts them itself: multi-byte characters either side of the limit, a compressed value far
     * longer than its stored size, and jsonb rendered as text must all give SQL's own lengths and prefixes.
     */
    @Test
    void shortValuesSentWholeAndLongOnesCutGiveTheSameLengthsAndPrefixes() throws SQLException {
        TestDatabases.execute(admin,
                "DROP TABLE IF EXISTS dm_profile.long_texts",
                """
                CREATE TABLE dm_profile.long_texts AS
                SELECT g AS id,
                  CASE g % 7 WHEN 0 THEN repeat('é', 255) WHEN 1 THEN repeat('é', 256) WHEN 2 THEN repeat('é', 3000)
                    WHEN 3 THEN repeat('😀', 300) || g WHEN 4 THEN repeat('ab', 3000) || g WHEN 5 THEN NULL
                    ELSE 'short ' || g END AS body,
                  CASE WHEN g % 5 = 0 THEN NULL WHEN g % 3 = 0
                    THEN (SELECT jsonb_object_agg('key_' || k, k * g) FROM generate_series(1, 40) k)
                    ELSE jsonb_build_object('id', g, 'tag', 'ü' || (g % 9)) END AS doc
                FROM generate_series(1, 700) g
                """);
        TableSchema table = Schemas.table("dm_profile", "long_texts")
                .column("id", "integer", TypeFamily.INTEGER)
                .column("body", "text", TypeFamily.TEXT)
                .column("doc", "jsonb", TypeFamily.JSON)
                .rows(700);
        TableProfile texts = new TableProfiler(TestDatabases.postgres(), FULL).profile(table);
        IndependentFigures sql = new IndependentFigures(admin, "dm_profile.long_texts", id -> '"' + id + "\"::text",
                "CHAR_LENGTH");

        for (String column : new String[] {"body", "doc"}) {
            sql.assertCommon(texts, column, "LEFT(\"" + column + "\"::text, 256)");
            sql.assertText(texts, column);
            ColumnProfile profiled = texts.column(column).orElseThrow();
            assertThat(profiled.distinct().exact()).isTrue();
            for (ValueCount top : profiled.topValues().values()) {
                assertThat(sql.doubles("SELECT count(*) FROM dm_profile.long_texts WHERE LEFT(\"" + column
                        + "\"::text, 256) = '" + top.value().replace("'", "''") + "'")[0])
                        .as("%s top value %s", column, top.value()).isEqualTo(top.count());
            }
        }
        assertThat(texts.column("body").orElseThrow().text().maxLength()).isEqualTo(6003);
        assertThat(texts.column("body").orElseThrow().topValues().values()).extracting(ValueCount::value)
                .contains("é".repeat(256)).allSatisfy(v -> assertThat(v.codePointCount(0, v.length())).isLessThanOrEqualTo(256));
    }

    @Test
    void booleansAndBinaryMatchSql() throws SQLException {
        BooleanStats flag = profile.column("flag").orElseThrow().bool();
        double[] counts = mixed.doubles("SELECT count(*) FILTER (WHERE flag), count(*) FILTER (WHERE NOT flag) FROM dm_profile.mixed");
        assertThat(flag.trueCount()).isEqualTo((long) counts[0]);
        assertThat(flag.falseCount()).isEqualTo((long) counts[1]);

        ColumnProfile payload = profile.column("payload").orElseThrow();
        double[] sizes = mixed.doubles("SELECT min(octet_length(payload)), avg(octet_length(payload)), max(octet_length(payload)),"
                + " count(*) - count(payload) FROM dm_profile.mixed");
        assertThat(payload.size()).isEqualTo(new SizeStats((long) sizes[0], payload.size().avgBytes(), (long) sizes[2]));
        assertThat(payload.size().avgBytes()).isCloseTo(sizes[1], within(1e-9));
        assertThat(payload.nullCount()).isEqualTo((long) sizes[3]);
        assertThat(payload.distinct()).as("opaque values are never read, so never counted").isNull();
        assertThat(payload.topValues()).isNull();
        assertThat(payload.samples()).isNull();
    }

    @Test
    void temporalFiguresMatchSql() throws SQLException {
        TemporalStats created = profile.column("created").orElseThrow().temporal();
        assertThat(created.min()).isEqualTo(mixed.string("SELECT min(created)::text FROM dm_profile.mixed"));
        assertThat(created.max()).isEqualTo(mixed.string("SELECT max(created)::text FROM dm_profile.mixed"));
        mixed.assertDistribution(profile, "created", "month", "to_char(created, 'YYYY-MM')");

        TemporalStats seen = profile.column("seen_at").orElseThrow().temporal();
        assertThat(seen.min()).isEqualTo(mixed.string("SELECT to_char(min(seen_at), 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM dm_profile.mixed"));
        assertThat(seen.max()).isEqualTo(mixed.string("SELECT to_char(max(seen_at), 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM dm_profile.mixed"));
        mixed.assertDistribution(profile, "seen_at", "day", "to_char(seen_at, 'YYYY-MM-DD')");

        TemporalStats updated = profile.column("updated_at").orElseThrow().temporal();
        assertThat(updated.max()).isEqualTo(mixed.string(
                "SELECT to_char(max(updated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') || 'Z' FROM dm_profile.mixed"));
        mixed.assertDistribution(profile, "updated_at", "month", "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM')");

        TemporalStats time = profile.column("at_time").orElseThrow().temporal();
        assertThat(time.min()).isEqualTo(mixed.string("SELECT min(at_time)::text FROM dm_profile.mixed"));
        assertThat(time.max()).isEqualTo(mixed.string("SELECT max(at_time)::text FROM dm_profile.mixed"));
        assertThat(time.granularity()).isNull();
        assertThat(time.distribution()).isEmpty();
    }

    @Test
    void allNullColumnHasNoValueBlocks() {
        ColumnProfile allNull = profile.column("all_null").orElseThrow();
        assertThat(allNull.nullCount()).isEqualTo(ROWS);
        assertThat(allNull.nullRatio()).isEqualTo(1.0);
        assertThat(allNull.distinct()).isEqualTo(DistinctCount.exact(0));
        assertThat(allNull.uniquenessRatio()).isNull();
        assertThat(allNull.numeric()).isNull();
        assertThat(allNull.topValues().values()).isEmpty();
        assertThat(allNull.samples()).isEmpty();
    }

    @Test
    void emptyTableGivesZeroCountsAndNoBlocks() {
        TableProfile empty = new TableProfiler(TestDatabases.postgres(), FULL).profile(EMPTY);
        assertThat(empty.rowsProfiled()).isZero();
        assertThat(empty.columns()).hasSize(5).allSatisfy(c -> {
            assertThat(c.rows()).isZero();
            assertThat(c.nullCount()).isZero();
            assertThat(c.nullRatio()).isZero();
            assertThat(c.uniquenessRatio()).isNull();
            assertThat(c.numeric()).isNull();
            assertThat(c.text()).isNull();
            assertThat(c.temporal()).isNull();
            assertThat(c.bool()).isNull();
            assertThat(c.size()).isNull();
        });
        assertThat(empty.column("id").orElseThrow().distinct()).isEqualTo(DistinctCount.exact(0));
    }

    /** Up to 200 values KLL keeps them all: quantiles are SQL's percentile_disc and the histogram is exact. */
    @Test
    void smallColumnsGetExactQuantilesAndHistogram() throws SQLException {
        TableProfile small = new TableProfiler(TestDatabases.postgres(), FULL).profile(SMALL);
        IndependentFigures figures = new IndependentFigures(admin, "dm_profile.small", id -> '"' + id + '"', "CHAR_LENGTH");
        for (String column : new String[] {"v", "w"}) {
            NumericStats n = small.column(column).orElseThrow().numeric();
            assertThat(n.quantiles().exact()).isTrue();
            assertThat(n.histogram().exact()).isTrue();
            assertThat(n.histogram().bins()).hasSize(20);
            figures.assertNumeric(small, column);
            figures.assertQuantiles(small, column);
            figures.assertHistogram(small, column);
            double disc = figures.doubles("SELECT percentile_disc(0.25) WITHIN GROUP (ORDER BY " + column + ") FROM dm_profile.small")[0];
            assertThat(n.quantiles().p25()).isEqualTo(disc);
        }
        NumericStats same = small.column("same").orElseThrow().numeric();
        assertThat(same.histogram().bins()).containsExactly(new Histogram.Bin(5, 5, 150));
        assertThat(same.stddev()).isZero();
    }

    /** JSON has no NaN or Infinity: non-finite values count as values but stay out of the statistics. */
    @Test
    void nonFiniteValuesNeverReachTheJson() throws Exception {
        TableProfile specials = new TableProfiler(TestDatabases.postgres(), FULL).profile(SPECIALS);
        ColumnProfile v = specials.column("v").orElseThrow();
        assertThat(v.distinct()).isEqualTo(DistinctCount.exact(
                (long) mixed.doubles("SELECT count(DISTINCT v) FROM dm_profile.specials")[0]));
        assertThat(v.nullCount()).isEqualTo(1);
        assertThat(v.numeric().min()).isEqualTo(1.0);
        assertThat(v.numeric().max()).isEqualTo(2.0);
        assertThat(v.numeric().mean()).isEqualTo(1.5);
        assertThat(v.topValues().values()).extracting(ValueCount::value).contains("NaN", "Infinity", "-Infinity");
        for (TableProfile p : new TableProfile[] {specials, profile}) {
            String json = io.datamind.docs.Json.mapper().writeValueAsString(p);
            assertThat(json).doesNotContain("NaN,", "NaN}", ":Infinity", ":-Infinity");
            assertThat(io.datamind.docs.Json.mapper().readValue(json, TableProfile.class)).isEqualTo(p);
        }
    }

    @Test
    void dialectQuotesEveryIdentifier() {
        Dialect dialect = TestDatabases.postgres().dialect();
        TableSchema odd = Schemas.table("dm_profile", "we\"ird").column("sel ect", "integer", TypeFamily.INTEGER).rows(1);
        assertThat(ProfileQuery.plan(dialect, odd, FULL).sql())
                .isEqualTo("SELECT \"sel ect\" FROM \"dm_profile\".\"we\"\"ird\"");
    }
}
