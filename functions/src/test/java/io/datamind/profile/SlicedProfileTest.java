package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.docs.Json;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Beyond one Lambda": a PostgreSQL table split into 4 ctid block ranges, each slice profiled on its own,
 * its partial profile sent through JSON (as it would travel through S3), and the 4 merged. The merge must
 * equal the single-pass profile: exact figures exactly (floating-point sums and moments to rounding),
 * sketch figures within the sketches' error bounds, and both must agree with figures SQL computes.
 */
class SlicedProfileTest {

    static final long ROWS = 60_000;
    static final ProfileOptions FULL = new ProfileOptions(ProfileMode.FULL, 1_000_000, 100_000, 1_000, 5_000);

    static final TableSchema TABLE = withKey(Schemas.table("dm_sp_slices", "events")
            .column("id", "integer", TypeFamily.INTEGER)
            .column("val", "double precision", TypeFamily.FLOAT)
            .column("amount", "numeric(10,2)", TypeFamily.DECIMAL)
            .column("cat", "text", TypeFamily.TEXT)
            .column("email", "character varying(80)", TypeFamily.TEXT, 80)
            .column("d", "date", TypeFamily.DATE)
            .column("ts", "timestamp with time zone", TypeFamily.TIMESTAMP)
            .column("flag", "boolean", TypeFamily.BOOLEAN)
            .column("payload", "bytea", TypeFamily.BINARY)
            .rows(ROWS));

    static Connection admin;
    static JdbcSource source;
    static IndependentFigures sql;
    static TableProfile single;
    static TableProfile merged;
    static List<PartialProfile> partials;

    @BeforeAll
    static void profileBothWays() throws Exception {
        admin = TestDatabases.postgresAdmin();
        TestDatabases.execute(admin,
                "DROP SCHEMA IF EXISTS dm_sp_slices CASCADE",
                "CREATE SCHEMA dm_sp_slices",
                """
                CREATE TABLE dm_sp_slices.events AS
                SELECT g AS id,
                  CASE WHEN g % 13 = 0 THEN NULL ELSE ((g::bigint * 7919) % 100003) / 7.0 - 5000 END::double precision AS val,
                  CASE WHEN g % 10 = 0 THEN 0 ELSE ((g * 31) % 2001 - 1000) / 4.0 END::numeric(10,2) AS amount,
                  'cat_' || (g % 40) AS cat,
                  CASE WHEN g % 17 = 0 THEN NULL ELSE 'user' || g || '@example.com' END::varchar(80) AS email,
                  date '2001-01-01' + (g % 3000) AS d,
                  timestamptz '2024-01-01 00:00:00+00' + g * interval '61 seconds' AS ts,
                  CASE WHEN g % 7 = 0 THEN NULL ELSE g % 3 = 0 END AS flag,
                  CASE WHEN g % 5 = 0 THEN NULL ELSE decode(repeat('ab', 1 + g % 30), 'hex') END AS payload
                FROM generate_series(1, 60000) g
                """,
                "ALTER TABLE dm_sp_slices.events ADD PRIMARY KEY (id)",
                "ANALYZE dm_sp_slices.events");
        sql = new IndependentFigures(admin, "dm_sp_slices.events", id -> '"' + id + '"', "CHAR_LENGTH");

        source = TestDatabases.postgres();
        TableProfiler profiler = new TableProfiler(source, FULL);
        single = profiler.profile(TABLE);
        List<TableSlice> slices = new TableSlicer(source).plan(TABLE, FULL, 4);
        assertThat(slices).hasSize(4);
        ObjectMapper json = Json.mapper();
        partials = new ArrayList<>();
        for (TableSlice slice : slices) {
            String travelled = json.writeValueAsString(profiler.profileSlice(TABLE, slice));
            partials.add(json.readValue(travelled, PartialProfile.class));
        }
        merged = profiler.merge(TABLE, List.of(partials.get(2), partials.get(0), partials.get(3), partials.get(1)));
    }

    @AfterAll
    static void close() throws SQLException {
        admin.close();
    }

    private static TableSchema withKey(TableSchema schema) {
        return new TableSchema(schema.table(), schema.kind(), null, schema.columns(), new PrimaryKey("events_pkey",
                List.of("id")), List.of(), List.of(), List.of(), schema.rowCount(), List.of(), null);
    }

    @Test
    void slicesAreDisjointAndCoverTheTable() {
        assertThat(partials).extracting(PartialProfile::rows).allSatisfy(rows -> assertThat(rows).isBetween(10_000L, 20_000L));
        assertThat(partials.stream().mapToLong(PartialProfile::rows).sum()).isEqualTo(ROWS);
        assertThat(merged.rowsProfiled()).isEqualTo(ROWS);
        assertThat(merged.sampled()).isFalse();
        assertThat(merged.method()).startsWith("full scan of blocks 0–").endsWith(" in 4 slices");
    }

    @Test
    void exactFiguresMergeExactly() {
        MergedProfiles.assertExactFiguresEqual(single, merged);
        assertThat(single.column("cat").orElseThrow().distinct().exact()).isTrue();
        assertThat(single.column("d").orElseThrow().temporal().distribution()).isNotEmpty();
        assertThat(merged.column("payload").orElseThrow().size()).isNotNull();
    }

    @Test
    void textFiguresMergeExactly() {
        for (String column : List.of("cat", "email")) {
            assertThat(merged.column(column).orElseThrow().text()).isEqualTo(single.column(column).orElseThrow().text());
        }
    }

    @Test
    void sketchFiguresStayWithinTheirErrorBounds() throws SQLException {
        ColumnProfile email = merged.column("email").orElseThrow();
        assertThat(email.distinct().exact()).as("past the exact limit: a sketch").isFalse();
        long singleEstimate = single.column("email").orElseThrow().distinct().value();
        assertThat((double) email.distinct().value()).isCloseTo(singleEstimate, within(singleEstimate * 0.01));
        for (String column : List.of("id", "val", "amount")) {
            sql.assertQuantiles(merged, column);
            sql.assertHistogram(merged, column);
        }
    }

    @Test
    void mergedProfileAgreesWithSql() throws SQLException {
        for (String column : List.of("id", "val", "amount", "cat", "email", "d", "ts", "flag")) {
            sql.assertCommon(merged, column);
        }
        for (String column : List.of("id", "val", "amount")) {
            sql.assertNumeric(merged, column);
        }
        for (String column : List.of("cat", "email")) {
            sql.assertText(merged, column);
        }
        sql.assertTopValues(merged, "cat", "?");
        sql.assertTopValues(merged, "d", "CAST(? AS date)");
        sql.assertSamples(merged, "id", "CAST(? AS integer)");
        sql.assertSamples(merged, "cat", "?");
        sql.assertSamples(merged, "amount", "CAST(? AS numeric)");
    }

    @Test
    void classificationSeesTheMergedSample() {
        assertThat(merged.column("email").orElseThrow().semantics())
                .isEqualTo(single.column("email").orElseThrow().semantics());
    }

    @Test
    void anIncompletePlanIsRefused() {
        TableProfiler profiler = new TableProfiler(source, FULL);
        assertThatThrownBy(() -> profiler.merge(TABLE, partials.subList(0, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slice 3 of 4").hasMessageContaining("missing");
        assertThatThrownBy(() -> profiler.merge(TABLE, List.of(partials.get(0), partials.get(0), partials.get(1), partials.get(2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
    }

    /** The same merge inside one JVM: slices streamed at once over their own connections (the catalog's estimate decides). */
    @Test
    void parallelSlicesInOneProfilerEqualTheSinglePass() {
        TableSchema estimatedLarge = estimatedLarge();
        TableProfile parallel = new TableProfiler(source, FULL.withParallelSlices(3)).profile(estimatedLarge);
        assertThat(parallel.method()).isEqualTo("full scan in 3 parallel slices");
        assertThat(parallel.rowsProfiled()).isEqualTo(ROWS);
        for (ColumnProfile one : single.columns()) {
            ColumnProfile both = parallel.column(one.column()).orElseThrow();
            assertThat(both.nullCount()).as(one.column()).isEqualTo(one.nullCount());
            assertThat(both.text()).as(one.column()).isEqualTo(one.text());
            assertThat(both.temporal()).as(one.column()).isEqualTo(one.temporal());
            assertThat(both.bool()).as(one.column()).isEqualTo(one.bool());
            if (one.distinct() != null && one.distinct().exact()) {
                assertThat(both.distinct()).as(one.column()).isEqualTo(one.distinct());
            }
        }
        assertThat(new TableProfiler(source, FULL.withParallelSlices(3)).profile(TABLE).method())
                .as("below the size that pays for more connections").isEqualTo("full scan");
    }

    /**
     * Block sampling composes with block ranges: each slice's TABLESAMPLE reads the sampled blocks of its range,
     * so separate invocations can share one sample (the LIMIT does not bind at a 10% sample here). Within one
     * process a sample splits by columns instead, every group reading the same rows of one exported snapshot:
     * nothing to merge, so the profile equals the one-stream profile figure for figure, the deterministic sketches
     * (distinct counts, top values) and the seeded reservoirs included. KLL compacts at random, so the quantiles of
     * two reads of the same rows differ even in one stream: they are left to the single-pass bounds tested above.
     */
    @Test
    void aSampledProfileSplitsIntoTheSameSample() {
        TableSchema estimatedLarge = estimatedLarge();
        ProfileOptions sample = FULL.withMode(ProfileMode.SAMPLE);
        TableProfile whole = new TableProfiler(source, sample).profile(estimatedLarge);
        TableProfile grouped = new TableProfiler(source, sample.withParallelSlices(3)).profile(estimatedLarge);

        assertThat(new TableSlicer(source).plan(estimatedLarge, sample, 3)).hasSize(3);
        assertThat(whole.sampled()).isTrue();
        assertThat(whole.rowsProfiled()).isBetween(ROWS / 20, ROWS / 5);
        assertThat(whole.column("email").orElseThrow().distinct().exact()).as("past the exact limit: sketches").isFalse();
        assertThat(grouped.method()).isEqualTo(whole.method() + " in 3 column groups");
        assertThat(grouped.sampled()).isTrue();
        assertThat(grouped.rowsProfiled()).isEqualTo(whole.rowsProfiled());
        MergedProfiles.assertExactFiguresEqual(whole, grouped);
        for (ColumnProfile one : whole.columns()) {
            ColumnProfile other = grouped.column(one.column()).orElseThrow();
            assertThat(other.distinct()).as(one.column()).isEqualTo(one.distinct());
            assertThat(other.topValues()).as(one.column()).isEqualTo(one.topValues());
            assertThat(other.samples()).as(one.column()).isEqualTo(one.samples());
            assertThat(other.semantics()).as(one.column()).isEqualTo(one.semantics());
            if (one.numeric() != null) {
                assertThat(other.numeric().mean()).as(one.column()).isEqualTo(one.numeric().mean());
                assertThat(other.numeric().stddev()).as(one.column()).isEqualTo(one.numeric().stddev());
            }
        }
    }

    /** A hot standby cannot export a snapshot, nor can a role denied pg_export_snapshot: the sample is read in one stream. */
    @Test
    void aSessionThatCannotExportASnapshotReadsTheSampleInOneStream() throws Exception {
        TableSchema estimatedLarge = estimatedLarge();
        ProfileOptions sample = FULL.withMode(ProfileMode.SAMPLE);
        TestDatabases.execute(admin,
                "DROP ROLE IF EXISTS dm_no_snapshot",
                "CREATE ROLE dm_no_snapshot LOGIN",
                "GRANT USAGE ON SCHEMA dm_sp_slices TO dm_no_snapshot",
                "GRANT SELECT ON dm_sp_slices.events TO dm_no_snapshot",
                "REVOKE EXECUTE ON FUNCTION pg_export_snapshot() FROM PUBLIC");
        try (JdbcSource denied = JdbcSource.reusingConnections(new io.datamind.scan.SourceConfig(TestDatabases.PG_URL,
                "dm_no_snapshot", null, io.datamind.scan.TableFilter.ALL, null), 3)) {
            TableProfile whole = new TableProfiler(source, sample).profile(estimatedLarge);
            TableProfile fallback = new TableProfiler(denied, sample.withParallelSlices(3)).profile(estimatedLarge);

            assertThat(fallback.method()).isEqualTo(whole.method());
            MergedProfiles.assertExactFiguresEqual(whole, fallback);
        } finally {
            TestDatabases.execute(admin,
                    "GRANT EXECUTE ON FUNCTION pg_export_snapshot() TO PUBLIC",
                    "DROP OWNED BY dm_no_snapshot",
                    "DROP ROLE dm_no_snapshot");
        }
    }

    /** The test table as the catalog of a table large enough to be read over several connections would describe it. */
    private static TableSchema estimatedLarge() {
        return new TableSchema(TABLE.table(), TABLE.kind(), null, TABLE.columns(), TABLE.primaryKey(), List.of(), List.of(),
                List.of(), io.datamind.scan.RowCount.estimated(ProfileOptions.PARALLEL_MIN_ROWS), List.of(), null);
    }
}
