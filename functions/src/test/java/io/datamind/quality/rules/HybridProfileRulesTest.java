package io.datamind.quality.rules;

import static io.datamind.quality.Fixtures.context;
import static io.datamind.quality.Fixtures.hybrid;
import static io.datamind.quality.Fixtures.quartiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datamind.profile.TableProfile;
import io.datamind.quality.Finding;
import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.quality.Fixtures.Totals;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules on hybrid profiles whose totals disagree with their sample, as when a 2,000-row sample of a million rows
 * misses the rare NULL, empty string or extreme: every statement about the whole table takes the totals' figure.
 */
class HybridProfileRulesTest {

    private static final TableRef EVENTS = new TableRef("app", "events");
    private static final long SAMPLE = 2_000;
    private static final long ROWS = 1_000_000;

    /** The catalog's estimate is off by 10%: only the totals are exact. */
    private static TableSchema events(Object... columnFamilyPairs) {
        Schema schema = new Schema("app", "events").rows(900_000);
        for (int i = 0; i < columnFamilyPairs.length; i += 2) {
            schema.column((String) columnFamilyPairs[i], (TypeFamily) columnFamilyPairs[i + 1]);
        }
        return schema.build();
    }

    @Test
    void theContextCountsRowsAndNonNullValuesOverEveryRow() {
        RuleContext context = context(events("phone", TypeFamily.TEXT), hybrid(EVENTS, SAMPLE, ROWS,
                new Column("phone", TypeFamily.TEXT, SAMPLE).nulls(100).totals(new Totals(ROWS).nulls(40_000)).build()),
                Map.of());

        assertThat(context.tableRows()).isEqualTo(ROWS);
        assertThat(context.nonNullRows(context.columnProfiles().get(0))).isEqualTo(960_000);
    }

    @Test
    void aTableTheTotalsCountEmptyIsEmptyWhateverTheCatalogEstimates() {
        List<Finding> findings = new EmptyTableRule().evaluate(context(events("id", TypeFamily.INTEGER),
                hybrid(EVENTS, 0, 0, new Column("id", TypeFamily.INTEGER, 0).totals(new Totals(0)).build()), Map.of()));

        assertThat(findings).singleElement().extracting(Finding::message).isEqualTo("app.events has no rows");
    }

    @Test
    void missingCountsTheNullsOfEveryRowEvenThoseTheSampleMissed() {
        List<Finding> findings = new MissingValuesRule().evaluate(context(
                events("phone", TypeFamily.TEXT, "fax", TypeFamily.TEXT, "name", TypeFamily.TEXT),
                hybrid(EVENTS, SAMPLE, ROWS,
                        new Column("phone", TypeFamily.TEXT, SAMPLE).totals(new Totals(ROWS).nulls(3)).build(),
                        new Column("fax", TypeFamily.TEXT, SAMPLE).nulls(900).totals(new Totals(ROWS).nulls(520_000)).build(),
                        new Column("name", TypeFamily.TEXT, SAMPLE).nulls(1).totals(new Totals(ROWS)).build()),
                Map.of()));

        assertThat(findings).extracting(Finding::column, Finding::severity, Finding::affectedCount, Finding::affectedRatio)
                .containsExactly(tuple("phone", Severity.WARNING, 3L, 3e-6), tuple("fax", Severity.ERROR, 520_000L, 0.52));
        assertThat(findings.get(0).message()).isEqualTo("<0.1% of phone values are missing (NULL)");
        assertThat(findings.get(1).message()).isEqualTo("52.0% of fax values are missing (NULL)");
    }

    @Test
    void emptyStringsAreCountedOverEveryRow() {
        List<Finding> findings = new EmptyStringsRule().evaluate(context(
                events("city", TypeFamily.TEXT, "street", TypeFamily.TEXT),
                hybrid(EVENTS, SAMPLE, ROWS,
                        new Column("city", TypeFamily.TEXT, SAMPLE).text(2, 20, 0).totals(new Totals(ROWS).empty(7)).build(),
                        new Column("street", TypeFamily.TEXT, SAMPLE).text(0, 30, 4).totals(new Totals(ROWS).empty(0)).build()),
                Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("city");
            assertThat(f.affectedCount()).isEqualTo(7);
            assertThat(f.affectedRatio()).isEqualTo(7e-6);
        });
    }

    @Test
    void aSampledConstantIsNoConstantWhenTheTotalsShowTwoValues() {
        List<Finding> findings = new ConstantRule().evaluate(context(
                events("version", TypeFamily.INTEGER, "region", TypeFamily.INTEGER, "archived", TypeFamily.BOOLEAN),
                hybrid(EVENTS, SAMPLE, ROWS,
                        new Column("version", TypeFamily.INTEGER, SAMPLE).distinct(1).top(3, SAMPLE)
                                .totals(new Totals(ROWS).numeric(3, 4)).build(),
                        new Column("region", TypeFamily.INTEGER, SAMPLE).distinct(1).top(7, SAMPLE)
                                .totals(new Totals(ROWS).numeric(7, 7)).build(),
                        new Column("archived", TypeFamily.BOOLEAN, SAMPLE).distinct(1).top(false, SAMPLE).bool(0, SAMPLE)
                                .totals(new Totals(ROWS).bool(12, ROWS - 12)).build()),
                Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("region");
            assertThat(f.affectedCount()).isEqualTo(ROWS);
        });
    }

    @Test
    void staleTablesAreJudgedByTheNewestValueOfEveryRow() {
        TableSchema schema = events("updated_at", TypeFamily.TIMESTAMP);
        Column updated = new Column("updated_at", TypeFamily.TIMESTAMP, SAMPLE).temporal("2020-01-01 00:00:00", "2025-06-01 10:00:00");

        List<Finding> fresh = new StaleTableRule().evaluate(context(schema, hybrid(EVENTS, SAMPLE, ROWS,
                updated.totals(new Totals(ROWS).temporal("2019-12-31 23:00:00", "2025-12-31 08:00:00")).build()), Map.of()));
        List<Finding> stale = new StaleTableRule().evaluate(context(schema, hybrid(EVENTS, SAMPLE, ROWS,
                updated.totals(new Totals(ROWS).temporal("2019-12-31 23:00:00", "2025-06-02 09:00:00")).build()), Map.of()));

        assertThat(fresh).isEmpty();
        assertThat(stale).singleElement().extracting(Finding::message)
                .isEqualTo("app.events looks stale: its newest updated_at is 2025-06-02 09:00:00, 212 days old");
    }

    @Test
    void datesAreQueriedWhenTheExtremesOfEveryRowLieOutsideWhateverTheSampleSaw() {
        TableSchema schema = events("created_at", TypeFamily.DATE, "signup_date", TypeFamily.DATE);
        RuleContext context = context(schema, hybrid(EVENTS, SAMPLE, ROWS,
                new Column("created_at", TypeFamily.DATE, SAMPLE).temporal("2001-01-01", "2025-12-01")
                        .totals(new Totals(ROWS).temporal("1800-01-01", "2099-12-31")).build(),
                new Column("signup_date", TypeFamily.DATE, SAMPLE).temporal("1850-01-01", "2030-01-01")
                        .totals(new Totals(ROWS).temporal("1950-01-01", "2025-12-31")).build()),
                Map.of());

        assertThat(new FutureDateRule().aggregates(context))
                .containsExactly("SUM(CASE WHEN \"created_at\" > '2026-01-01' THEN 1 ELSE 0 END)");
        assertThat(new ImplausibleDateRule().aggregates(context))
                .containsExactly("SUM(CASE WHEN \"created_at\" < '1900-01-01' THEN 1 ELSE 0 END)");
    }

    @Test
    void outliersAreCountedUnlessTheExtremesOfEveryRowLieInsideTheBounds() {
        // Tukey fences from the sample's quartiles: 10 - 1.5 * 20 = -20 .. 30 + 1.5 * 20 = 60
        TableSchema schema = events("inside", TypeFamily.INTEGER, "beyond", TypeFamily.INTEGER);
        RuleContext context = context(schema, hybrid(EVENTS, SAMPLE, ROWS,
                new Column("inside", TypeFamily.INTEGER, SAMPLE).numeric(0, 70, 20, 10, 0, quartiles(10, 20, 30))
                        .totals(new Totals(ROWS).numeric(0, 55)).build(),
                new Column("beyond", TypeFamily.INTEGER, SAMPLE).numeric(0, 55, 20, 10, 0, quartiles(10, 20, 30))
                        .totals(new Totals(ROWS).numeric(0, 9_000)).build()),
                Map.of());

        assertThat(new IqrOutlierRule().aggregates(context)).hasSize(2).allSatisfy(e -> assertThat(e).contains("\"beyond\""));
    }

    @Test
    void theMadIsProvedLargeEnoughByTheExtremesOfEveryRowInsteadOfSorted() {
        TableSchema schema = events("amount", TypeFamily.INTEGER);

        List<String> counted = new MadOutlierRule().aggregates(context(schema, hybrid(EVENTS, SAMPLE, ROWS,
                amount().totals(new Totals(ROWS).numeric(40, 152)).build()), Map.of()));
        List<String> sampledOnly = new MadOutlierRule().aggregates(context(schema, new TableProfile(
                EVENTS, true, "TABLESAMPLE SYSTEM (1)", SAMPLE, 1, List.of(amount().build())), Map.of()));

        // largest deviation 60 from the median 100: a MAD of at least 0.6745 * 60 / 3.5 = 11.5629 settles the column
        assertThat(counted).hasSize(2);
        assertThat(counted.get(0)).isEqualTo("COUNT(\"amount\")");
        assertThat(counted.get(1)).startsWith("SUM(CASE WHEN ABS(\"amount\" - 100) < 11.5629");
        assertThat(sampledOnly).containsExactly("COUNT(\"amount\")",
                "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ABS(\"amount\" - 100))");
    }

    /** A measure whose sample lies within 90 .. 110 around the median 100. */
    private static Column amount() {
        return new Column("amount", TypeFamily.INTEGER, SAMPLE).numeric(90, 110, 100, 5, 0, quartiles(95, 100, 105));
    }
}
