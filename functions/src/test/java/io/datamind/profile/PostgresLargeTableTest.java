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

/**
 * A table of 1,000,000 rows, created once and kept while its row count is right, profiled in full
 * and as a database-side sample.
 */
class PostgresLargeTableTest {

    static final long ROWS = 1_000_000;
    static final long SAMPLE_ROWS = 100_000;

    static final TableSchema BIG = Schemas.table("dm_profile", "big_1m")
            .column("id", "integer", TypeFamily.INTEGER)
            .column("val", "double precision", TypeFamily.FLOAT)
            .column("cat", "text", TypeFamily.TEXT)
            .column("d", "date", TypeFamily.DATE)
            .rows(ROWS);

    static Connection admin;
    static IndependentFigures big;

    @BeforeAll
    static void createOnce() throws SQLException {
        admin = TestDatabases.postgresAdmin();
        TestDatabases.execute(admin, "CREATE SCHEMA IF NOT EXISTS dm_profile");
        big = new IndependentFigures(admin, "dm_profile.big_1m", id -> '"' + id + '"', "CHAR_LENGTH");
        boolean present = big.string("SELECT to_regclass('dm_profile.big_1m')::text") != null
                && big.doubles("SELECT count(*) FROM dm_profile.big_1m")[0] == ROWS;
        if (!present) {
            TestDatabases.execute(admin,
                    "DROP TABLE IF EXISTS dm_profile.big_1m",
                    """
                    CREATE TABLE dm_profile.big_1m AS
                    SELECT g AS id,
                      ((g::bigint * 7919) % 100003) / 100.0::double precision AS val,
                      'c' || (g % 50) AS cat,
                      date '2000-01-01' + (g % 9000) AS d
                    FROM generate_series(1, 1000000) g
                    """,
                    "ANALYZE dm_profile.big_1m");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        admin.close();
    }

    @Test
    void fullModeReadsEveryRow() throws SQLException {
        ProfileOptions options = new ProfileOptions(ProfileMode.FULL, ROWS, SAMPLE_ROWS, 10_000, 10_000);
        TableProfile profile = new TableProfiler(TestDatabases.postgres(), options).profile(BIG);
        assertThat(profile.sampled()).isFalse();
        assertThat(profile.method()).isEqualTo("full scan");
        assertThat(profile.rowsProfiled()).isEqualTo(ROWS);
        big.assertCommon(profile, "id");
        big.assertCommon(profile, "cat");
        big.assertCommon(profile, "d");
        big.assertNumeric(profile, "val");
        big.assertQuantiles(profile, "val");
        big.assertHistogram(profile, "val");
        big.assertTopValues(profile, "cat", "?");
        big.assertDistribution(profile, "d", "year", "to_char(d, 'YYYY')");
        assertThat(profile.column("id").orElseThrow().distinct().exact()).isFalse();
    }

    @Test
    void sampleModeReadsAboutSampleRowsAndStaysCloseToTheFullFigures() throws SQLException {
        ProfileOptions options = new ProfileOptions(ProfileMode.SAMPLE, ROWS, SAMPLE_ROWS, 10_000, 10_000);
        TableProfile sample = new TableProfiler(TestDatabases.postgres(), options).profile(BIG);
        assertThat(sample.sampled()).isTrue();
        assertThat(sample.method()).startsWith("TABLESAMPLE SYSTEM (10.0");
        assertThat(sample.rowsProfiled()).isBetween(SAMPLE_ROWS * 85 / 100, SAMPLE_ROWS);

        NumericStats val = sample.column("val").orElseThrow().numeric();
        double[] full = big.doubles("SELECT avg(val), stddev_samp(val), min(val), max(val) FROM dm_profile.big_1m");
        double range = full[3] - full[2];
        assertThat(val.mean()).isCloseTo(full[0], within(0.02 * range));
        assertThat(val.stddev()).isCloseTo(full[1], within(0.02 * full[1]));
        double[] medianRank = big.doubles("SELECT avg(CASE WHEN val <= " + val.quantiles().p50() + " THEN 1.0 ELSE 0.0 END)"
                + " FROM dm_profile.big_1m");
        assertThat(medianRank[0]).as("sampled median's rank in the whole table").isCloseTo(0.5, within(0.03));
        assertThat(sample.column("cat").orElseThrow().distinct()).isEqualTo(DistinctCount.exact(50));
        ColumnProfile id = sample.column("id").orElseThrow();
        IndependentFigures.assertDistinct(id, sample.rowsProfiled());
        assertThat(id.uniquenessRatio()).isCloseTo(1.0, within(0.03));
    }

    @Test
    void autoModeSamplesOnlyAboveTheFullModeLimit() {
        ProfileOptions small = new ProfileOptions(ProfileMode.AUTO, 500_000, SAMPLE_ROWS, 10_000, 10_000);
        assertThat(small.samples(BIG)).isTrue();
        ProfileOptions large = new ProfileOptions(ProfileMode.AUTO, ROWS, SAMPLE_ROWS, 10_000, 10_000);
        assertThat(large.samples(BIG)).as("rowCount ≤ fullModeMaxRows means FULL").isFalse();
        TableProfile auto = new TableProfiler(TestDatabases.postgres(), small).profile(BIG);
        assertThat(auto.sampled()).isTrue();
        assertThat(auto.rowsProfiled()).isLessThanOrEqualTo(SAMPLE_ROWS);
    }
}
