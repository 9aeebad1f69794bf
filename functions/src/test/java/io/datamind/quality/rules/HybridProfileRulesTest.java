package io.datamind.quality.rules;

import static io.datamind.quality.Fixtures.context;
import static io.datamind.quality.Fixtures.hybrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
        assertThat(findings.get(0).message()).isEqualTo("0.0% of phone values are missing (NULL)");
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
}
