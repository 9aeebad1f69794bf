package io.datamind.quality;

import static io.datamind.quality.Fixtures.profile;
import static io.datamind.quality.Fixtures.quartiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.profile.TableProfile;
import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.quality.rules.IqrOutlierRule;
import io.datamind.quality.rules.MadOutlierRule;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.postgres.PostgresDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table's shared scan on the real PostgreSQL server (schema dm_qs_shared): aggregates come from memory once
 * prefetched, a prefetch the database rejects costs no finding, and a full profile spares the sorted MAD.
 */
class SharedScanPostgresTest {

    private static final TableRef MEASURES = new TableRef("dm_qs_shared", "measures");

    @BeforeAll
    static void createData() throws SQLException {
        try (Connection connection = QualityDatabases.admin(QualityDatabases.postgresUrl())) {
            QualityDatabases.execute(connection, "DROP SCHEMA IF EXISTS dm_qs_shared CASCADE", "CREATE SCHEMA dm_qs_shared",
                    "CREATE TABLE dm_qs_shared.measures (amount INT)",
                    "INSERT INTO dm_qs_shared.measures SELECT g FROM generate_series(1, 19) g",
                    "INSERT INTO dm_qs_shared.measures VALUES (1000), (NULL)");
        }
    }

    private static JdbcSource source() {
        return QualityDatabases.source(QualityDatabases.postgresUrl());
    }

    @Test
    void prefetchedAggregatesAreAnsweredWithoutAnotherQuery() throws SQLException {
        String table = new PostgresDialect().qualifiedName(MEASURES);
        Connection connection = source().connect();
        QueryRunner queries = new QueryRunner(connection, 60);
        queries.prefetch(table, List.of("COUNT(*)", "COUNT(\"amount\")", "SUM(CASE WHEN \"amount\" > 100 THEN 1 ELSE 0 END)"));
        connection.close();

        // the connection is gone, so these values can only come from the prefetch
        assertThat(queries.aggregates(table, List.of("SUM(CASE WHEN \"amount\" > 100 THEN 1 ELSE 0 END)", "COUNT(*)")))
                .containsExactly("1", "21");
        assertThatThrownBy(() -> queries.aggregates(table, List.of("MAX(\"amount\")"))).isInstanceOf(SQLException.class);
    }

    @Test
    void aPrefetchTheDatabaseRejectsFallsBackToEachRulesOwnQuery() {
        QualityRule broken = new QualityRule() {
            @Override
            public String id() {
                return "BROKEN";
            }

            @Override
            public boolean needsDatabase() {
                return true;
            }

            @Override
            public List<String> aggregates(RuleContext context) {
                return List.of("SUM(\"no_such_column\")");
            }

            @Override
            public List<Finding> evaluate(RuleContext context) throws SQLException {
                context.requireQueries().aggregates(context.qualifiedTable(), aggregates(context));
                return List.of();
            }
        };
        QualityAssessor assessor = new QualityAssessor(List.of(broken, new IqrOutlierRule()), QualityOptions.DEFAULTS,
                Fixtures.CLOCK);

        TableQuality quality = assessor.assess(measures(false), source(), Fixtures.MASK);

        // the shared scan fails on the broken rule's column; the IQR count is then asked on its own, as before
        assertThat(quality.skippedRules()).containsOnlyKeys("BROKEN");
        assertThat(quality.findings("OUTLIERS_IQR")).singleElement()
                .satisfies(f -> assertThat(f.affectedCount()).isEqualTo(1));
    }

    @Test
    void aFullProfileAsksForDeviationCountsInsteadOfTheSortedMad() {
        MadOutlierRule rule = new MadOutlierRule();

        List<String> full = rule.aggregates(context(measures(false)));
        List<String> sampled = rule.aggregates(context(measures(true)));

        // largest deviation from the median 10: 990, so a MAD of at least 0.6745 × 990 ÷ 3.5 = 190.787 settles it
        // (asked a hair above, 190.789, to cover rounding)
        assertThat(full).hasSize(2).first().isEqualTo("COUNT(\"amount\")");
        assertThat(full.get(1)).matches("SUM\\(CASE WHEN ABS\\(\"amount\" - 10\\) < 190\\.789\\d* THEN 1 ELSE 0 END\\)");
        assertThat(sampled).containsExactly("COUNT(\"amount\")",
                "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ABS(\"amount\" - 10))");
    }

    @Test
    void theMadFindingIsTheSameWhetherTheProfileIsFullOrSampled() {
        QualityAssessor assessor = QualityAssessor.withDefaultRules(QualityOptions.DEFAULTS, Fixtures.CLOCK);

        // 19 of 20 values deviate from 10 by less than 190.78: the count does not settle it, the sorted MAD (5) runs
        Finding full = assessor.assess(measures(false), source(), Fixtures.MASK).findings("OUTLIERS_MAD").get(0);
        Finding sampled = assessor.assess(measures(true), source(), Fixtures.MASK).findings("OUTLIERS_MAD").get(0);

        assertThat(full).isEqualTo(sampled);
        assertThat(full.affectedCount()).isEqualTo(1);
        assertThat(full.examples()).containsExactly("m:1000");
        assertThat(full.message()).contains("MAD 5");
    }

    private static QualityInput measures(boolean sampled) {
        TableSchema schema = new Schema(MEASURES.schema(), MEASURES.name()).column("amount", TypeFamily.INTEGER).rows(21).build();
        TableProfile full = profile(MEASURES, 21, new Column("amount", TypeFamily.INTEGER, 21).nulls(1).distinct(20)
                .numeric(1, 1000, 59.5, 221, 0, quartiles(5, 10, 15)).build());
        TableProfile profile = sampled ? new TableProfile(MEASURES, true, "sample", 21, 1, full.columns()) : full;
        return new QualityInput(schema, profile, Map.of(), List.of());
    }

    private static RuleContext context(QualityInput input) {
        return new RuleContext(input.schema(), input.profile(), Map.of(), List.of(), new PostgresDialect(), Optional.empty(),
                Fixtures.CLOCK, Fixtures.MASK, QualityOptions.DEFAULTS);
    }
}
