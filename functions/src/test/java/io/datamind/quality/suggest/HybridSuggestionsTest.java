package io.datamind.quality.suggest;

import static io.datamind.quality.Fixtures.hybrid;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.quality.Fixtures;
import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.quality.Fixtures.Totals;
import io.datamind.quality.QualityInput;
import io.datamind.quality.export.DbtModel;
import io.datamind.quality.export.DbtSchemaExporter;
import io.datamind.quality.export.DqdlExporter;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Suggested rules from a hybrid profile of a million rows whose 2,000-row sample saw no NULL, no empty string and
 * no extreme: a rule suggested from the sample alone would be broken by the table, so the totals decide.
 */
class HybridSuggestionsTest {

    private static final TableRef USERS = new TableRef("app", "users");
    private static final long SAMPLE = 2_000;
    private static final long ROWS = 1_000_000;

    private static QualityInput users() {
        TableSchema schema = new Schema("app", "users").column("email", TypeFamily.TEXT).column("phone", TypeFamily.TEXT)
                .column("age", TypeFamily.INTEGER).column("ratio", TypeFamily.FLOAT).column("status", TypeFamily.TEXT)
                .column("tier", TypeFamily.TEXT).column("zip", TypeFamily.TEXT).rows(950_000).build();
        return new QualityInput(schema, hybrid(USERS, SAMPLE, ROWS,
                new Column("email", TypeFamily.TEXT, SAMPLE).estimatedDistinct(SAMPLE).text(8, 40, 0)
                        .totals(new Totals(ROWS).empty(0)).build(),
                new Column("phone", TypeFamily.TEXT, SAMPLE).estimatedDistinct(SAMPLE).text(8, 15, 0)
                        .totals(new Totals(ROWS).nulls(3).empty(0)).build(),
                new Column("age", TypeFamily.INTEGER, SAMPLE).distinct(60)
                        .numeric(18, 99, 40, 12, 0, Fixtures.quartiles(30, 40, 50))
                        .totals(new Totals(ROWS).numeric(0, 130)).build(),
                new Column("ratio", TypeFamily.FLOAT, SAMPLE).distinct(900)
                        .numeric(0.1, 0.9, 0.5, 0.2, 0, Fixtures.quartiles(0.3, 0.5, 0.7))
                        .totals(new Totals(ROWS)).build(),
                new Column("status", TypeFamily.TEXT, SAMPLE).distinct(2).top("active", 1_500, "closed", 500).text(6, 6, 0)
                        .totals(new Totals(ROWS).empty(2)).build(),
                new Column("tier", TypeFamily.TEXT, SAMPLE).distinct(2).top("gold", 1_000, "silver", 1_000).text(4, 6, 0)
                        .totals(new Totals(ROWS).empty(0)).build(),
                new Column("zip", TypeFamily.TEXT, SAMPLE).distinct(800).text(5, 5, 0, "99999", SAMPLE)
                        .totals(new Totals(ROWS).empty(5)).build()),
                Map.of(), List.of());
    }

    @Test
    void rulesHoldOnEveryRowNotOnlyOnTheSample() {
        List<SuggestedRule> rules = RuleSuggester.withDefaultRules().suggest(users());

        // phone had no NULL in the sample but 3 in the table; ratio's range is unknown (NaN or an infinity); status
        // and zip hold empty strings the sample did not see
        assertThat(rules).extracting(r -> r.kind() + " " + r.column()).containsExactly(
                "NON_EMPTY_TABLE null",
                "COMPLETE email", "LENGTH_BOUNDS email",
                "LENGTH_BOUNDS phone",
                "COMPLETE age", "VALUE_RANGE age",
                "COMPLETE ratio",
                "COMPLETE status", "LENGTH_BOUNDS status",
                "COMPLETE tier", "ALLOWED_VALUES tier", "LENGTH_BOUNDS tier",
                "COMPLETE zip", "LENGTH_BOUNDS zip");
        assertThat(rules.get(0).rationale()).isEqualTo("the table has 1000000 rows");
        assertThat(rules.get(1).rationale()).isEqualTo("no NULL in all 1000000 rows");
        assertThat(rules.get(5)).satisfies(range -> {
            assertThat(range.min()).isEqualTo(0.0);
            assertThat(range.max()).isEqualTo(130.0);
            assertThat(range.rationale()).isEqualTo("observed values run from 0 to 130");
        });
        assertThat(rules.get(8).min()).as("status's empty strings are 0 characters long").isEqualTo(0.0);
        assertThat(rules.get(11).min()).isEqualTo(4.0);
    }

    @Test
    void theExportsStateTheRulesOfEveryRow() {
        List<SuggestedRule> rules = RuleSuggester.withDefaultRules().suggest(users());

        String dqdl = new DqdlExporter().ruleset(rules);
        String dbt = new DbtSchemaExporter().render(List.of(DbtModel.fromCatalog(users().schema(), rules)));

        assertThat(dqdl).contains("ColumnValues \"age\" between 0 and 130", "ColumnLength \"zip\" between 0 and 5")
                .doesNotContain("IsComplete \"phone\"", "\"status\" in", "matches");
        assertThat(dbt).as("phone has no not_null test")
                .contains("- name: phone\n        description: \"\"\n      - name: age");
    }
}
