package io.datamind.quality;

import static io.datamind.quality.Fixtures.hybrid;
import static io.datamind.quality.Fixtures.quartiles;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.TableProfile;
import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.quality.Fixtures.Totals;
import io.datamind.scan.TableRef;
import io.datamind.scan.TypeFamily;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL rules on the real PostgreSQL server (schema dm_hyb_quality) with a hybrid profile whose 20-row sample missed
 * what is rare among the table's 200 rows: 4 NULL birth dates, 1 birth date in the future, 1 score of 10,000. The
 * totals point the rules at them, and each finding's count is the server's own.
 */
class HybridSqlRulesPostgresTest {

    private static final TableRef MEMBERS = new TableRef("dm_hyb_quality", "members");
    private static final long ROWS = 200;
    private static final long SAMPLE = 20;

    private final QualityAssessor assessor = QualityAssessor.withDefaultRules(QualityOptions.DEFAULTS, Fixtures.CLOCK);

    @BeforeAll
    static void createData() throws SQLException {
        try (Connection connection = QualityDatabases.admin(QualityDatabases.postgresUrl())) {
            QualityDatabases.execute(connection, "DROP SCHEMA IF EXISTS dm_hyb_quality CASCADE", "CREATE SCHEMA dm_hyb_quality",
                    "CREATE TABLE dm_hyb_quality.members (id INT PRIMARY KEY, birth_date DATE, score INT, level INT)",
                    "INSERT INTO dm_hyb_quality.members SELECT g,"
                            + " CASE WHEN g = 1 THEN DATE '2999-01-01' WHEN g % 50 = 0 THEN NULL ELSE DATE '1980-01-01' + g END,"
                            + " CASE WHEN g = 7 THEN 10000 ELSE 90 + g % 21 END, 90 + g % 21"
                            + " FROM generate_series(1, 200) g");
        }
    }

    @AfterAll
    static void dropData() throws SQLException {
        try (Connection connection = QualityDatabases.admin(QualityDatabases.postgresUrl())) {
            QualityDatabases.execute(connection, "DROP SCHEMA IF EXISTS dm_hyb_quality CASCADE");
        }
    }

    /** A sample of ids 21 to 40: no NULL, no future date, no outlier. {@code counted} adds the totals of every row. */
    private static QualityInput members(boolean counted) {
        Column birth = new Column("birth_date", TypeFamily.DATE, SAMPLE).distinct(SAMPLE).temporal("1980-01-22", "1980-02-10");
        Column score = new Column("score", TypeFamily.INTEGER, SAMPLE).distinct(SAMPLE)
                .numeric(90, 110, 100, 6, 0, quartiles(95, 100, 105));
        Column level = new Column("level", TypeFamily.INTEGER, SAMPLE).distinct(SAMPLE)
                .numeric(90, 110, 100, 6, 0, quartiles(95, 100, 105));
        if (counted) {
            birth.totals(new Totals(ROWS).nulls(4).temporal("1980-01-03", "2999-01-01"));
            score.totals(new Totals(ROWS).numeric(90, 10_000));
            level.totals(new Totals(ROWS).numeric(90, 110));
        }
        List<ColumnProfile> columns = List.of(birth.build(), score.build(), level.build());
        TableProfile profile = counted ? hybrid(MEMBERS, SAMPLE, ROWS, columns.toArray(ColumnProfile[]::new))
                : new TableProfile(MEMBERS, true, "TABLESAMPLE SYSTEM (10)", SAMPLE, 1, columns);
        return new QualityInput(new Schema(MEMBERS.schema(), MEMBERS.name()).column("id", TypeFamily.INTEGER)
                .column("birth_date", TypeFamily.DATE).column("score", TypeFamily.INTEGER).column("level", TypeFamily.INTEGER)
                .primaryKey("id").rows(ROWS).build(), profile, Map.of(), List.of());
    }

    @Test
    void theTotalsFindWhatTheSampleMissedWithTheServersCounts() {
        TableQuality quality = assessor.assess(members(true), QualityDatabases.source(QualityDatabases.postgresUrl()),
                Fixtures.MASK);

        assertThat(quality.skippedRules()).isEmpty();
        assertThat(quality.findings("MISSING")).singleElement().satisfies(f -> {
            assertThat(f.affectedCount()).isEqualTo(4).isEqualTo(serverCount(f.reproduceSql()));
            assertThat(f.affectedRatio()).isEqualTo(0.02);
        });
        assertThat(quality.findings("FUTURE_DATE")).singleElement().satisfies(f -> {
            assertThat(f.affectedCount()).isEqualTo(1).isEqualTo(serverCount(f.reproduceSql()));
            assertThat(f.affectedRatio()).as("over the 196 dates of every row").isEqualTo(1.0 / 196);
            assertThat(f.examples()).containsExactly("m:2999-01-01");
        });
        // level's extremes of every row lie inside both bounds: it is neither counted nor given a sorted MAD
        assertThat(quality.findings("OUTLIERS_MAD")).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("score");
            assertThat(f.affectedCount()).isEqualTo(1);
            assertThat(f.affectedRatio()).isEqualTo(1.0 / 200);
            assertThat(f.examples()).containsExactly("m:10000");
        });
        assertThat(quality.findings("OUTLIERS_IQR")).extracting(Finding::column).containsExactly("score");
    }

    @Test
    void aSampleAloneMissesTheNullsAndTheFutureDate() {
        TableQuality quality = assessor.assess(members(false), QualityDatabases.source(QualityDatabases.postgresUrl()),
                Fixtures.MASK);

        assertThat(quality.findings("MISSING")).isEmpty();
        assertThat(quality.findings("FUTURE_DATE")).as("the sample's latest date is 1980: not queried").isEmpty();
        assertThat(quality.findings("OUTLIERS_MAD")).extracting(Finding::column).containsExactly("score");
    }

    private static long serverCount(String sql) {
        try (Connection connection = QualityDatabases.admin(QualityDatabases.postgresUrl())) {
            return QualityDatabases.count(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
