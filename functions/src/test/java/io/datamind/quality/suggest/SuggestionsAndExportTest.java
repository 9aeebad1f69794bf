package io.datamind.quality.suggest;

import static io.datamind.quality.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.datamind.classify.SemanticType;
import io.datamind.classify.Sensitivity;
import io.datamind.quality.Fixtures;
import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.quality.QualityInput;
import io.datamind.quality.export.DbtModel;
import io.datamind.quality.export.DbtSchemaExporter;
import io.datamind.quality.export.DqdlExporter;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Suggested rules for a known table, and their DQDL and dbt renderings. */
class SuggestionsAndExportTest {

    private static final TableRef USERS = new TableRef("app", "users");
    private static final TableRef TEAMS = new TableRef("app", "teams");

    private static QualityInput users() {
        TableSchema schema = new Schema("app", "users").column("id", TypeFamily.INTEGER).column("email", TypeFamily.TEXT)
                .column("status", TypeFamily.TEXT).column("age", TypeFamily.INTEGER).column("team_id", TypeFamily.INTEGER)
                .column("zip", TypeFamily.TEXT).primaryKey("id").foreignKey("team_id", TEAMS, "id").rows(100).build();
        return new QualityInput(schema, profile(USERS, 100,
                new Column("id", TypeFamily.INTEGER, 100).distinct(100).numeric(1, 100, 50.5, 29, 0, Fixtures.quartiles(25, 50, 75)).build(),
                new Column("email", TypeFamily.TEXT, 100).distinct(100).text(8, 40, 0, "aaaa@aaaa.aaa", 60, "aaa@aa.aa", 40).build(),
                new Column("status", TypeFamily.TEXT, 100).distinct(3).top("active", 70, "closed", 20, "new", 10).text(3, 6, 0).build(),
                new Column("age", TypeFamily.INTEGER, 100).nulls(5).distinct(60).numeric(18, 99, 40, 12, 0, Fixtures.quartiles(30, 40, 50)).build(),
                new Column("team_id", TypeFamily.INTEGER, 100).distinct(7).numeric(1, 7, 4, 2, 0, Fixtures.quartiles(2, 4, 6)).build(),
                new Column("zip", TypeFamily.TEXT, 100).distinct(80).text(5, 5, 0, "99999", 100).build()),
                Map.of("email", Fixtures.semantics(SemanticType.EMAIL, 1.0, Sensitivity.CONFIDENTIAL)), List.of());
    }

    @Test
    void suggestionsForAKnownTable() {
        List<SuggestedRule> rules = RuleSuggester.withDefaultRules().suggest(users());

        assertThat(rules).extracting(r -> r.kind() + " " + r.column()).containsExactly(
                "NON_EMPTY_TABLE null",
                "COMPLETE id", "UNIQUE id",
                "COMPLETE email", "UNIQUE email", "PATTERN email", "LENGTH_BOUNDS email",
                "COMPLETE status", "ALLOWED_VALUES status", "LENGTH_BOUNDS status",
                "VALUE_RANGE age",
                "COMPLETE team_id", "FOREIGN_KEY team_id",
                "COMPLETE zip", "PATTERN zip", "LENGTH_BOUNDS zip");
        SuggestedRule range = rules.get(10);
        assertThat(range.min()).isEqualTo(18.0);
        assertThat(range.max()).isEqualTo(99.0);
        assertThat(range.rationale()).isEqualTo("observed values run from 18 to 99");
        assertThat(rules.get(8).allowedValues()).containsExactly("active", "closed", "new");
        assertThat(rules.get(12).referencedTable()).isEqualTo(TEAMS);
        assertThat(Pattern.matches(rules.get(5).pattern(), "jane.doe@example.org")).isTrue();
        assertThat(Pattern.matches(rules.get(14).pattern(), "75001")).isTrue();
        assertThat(Pattern.matches(rules.get(14).pattern(), "7500")).isFalse();
    }

    @Test
    void sensitiveCategoriesAreNeverListedAndWeakInferredLinksAreNotSuggested() {
        TableSchema schema = new Schema("app", "patients").column("diagnosis", TypeFamily.TEXT)
                .column("ward_id", TypeFamily.INTEGER).column("doctor_id", TypeFamily.INTEGER).rows(40).build();
        TableRef patients = schema.table();
        Relationship strong = new Relationship("w", patients, List.of("ward_id"), new TableRef("app", "wards"),
                List.of("id"), RelationshipOrigin.INFERRED, 0.9, "name ward_id matches wards.id");
        Relationship weak = new Relationship("d", patients, List.of("doctor_id"), new TableRef("app", "staff"),
                List.of("id"), RelationshipOrigin.INFERRED, 0.4, "value overlap only");
        QualityInput input = new QualityInput(schema, profile(patients, 40,
                new Column("diagnosis", TypeFamily.TEXT, 40).distinct(2).top("A", 30, "B", 10).build(),
                new Column("ward_id", TypeFamily.INTEGER, 40).nulls(1).distinct(3).build(),
                new Column("doctor_id", TypeFamily.INTEGER, 40).nulls(1).distinct(3).build()),
                Map.of("diagnosis", Fixtures.semantics(SemanticType.CATEGORICAL, null, Sensitivity.RESTRICTED)),
                List.of(strong, weak));

        List<SuggestedRule> rules = RuleSuggester.withDefaultRules().suggest(input);

        assertThat(rules).extracting(r -> r.kind() + " " + r.column())
                .containsExactly("NON_EMPTY_TABLE null", "COMPLETE diagnosis", "FOREIGN_KEY ward_id");
    }

    @Test
    void dqdlRulesetHasTheExactRuleLines() {
        String dqdl = new DqdlExporter().ruleset(RuleSuggester.withDefaultRules().suggest(users()));

        assertThat(dqdl).isEqualTo("""
                Rules = [
                    RowCount > 0,
                    IsComplete "id",
                    IsUnique "id",
                    IsComplete "email",
                    IsUnique "email",
                    ColumnValues "email" matches "^[^@ ]+@[^@ ]+[.][^@ ]+$",
                    ColumnLength "email" between 8 and 40,
                    IsComplete "status",
                    ColumnValues "status" in ["active","closed","new"],
                    ColumnLength "status" between 3 and 6,
                    ColumnValues "age" between 18 and 99,
                    IsComplete "team_id",
                    ReferentialIntegrity "team_id" "teams.id" = 1.0,
                    IsComplete "zip",
                    ColumnValues "zip" matches "^[0-9]{5}$",
                    ColumnLength "zip" between 5 and 5
                ]
                """);
    }

    @Test
    void dqdlFileHoldsOneCommentedRulesetPerTableAndEscapesQuotes() {
        TableRef odd = new TableRef("app", "odd");
        Map<TableRef, List<SuggestedRule>> byTable = new LinkedHashMap<>();
        byTable.put(USERS, List.of(SuggestedRule.nonEmptyTable(USERS, "")));
        byTable.put(odd, List.of(SuggestedRule.allowedValues(odd, "say \"hi\"", List.of("a\"b", "c\\d"), "")));

        String file = new DqdlExporter().rulesFile(byTable);

        assertThat(file).endsWith("""

                # ruleset: app.odd
                Rules = [
                    ColumnValues "say \\"hi\\"" in ["a\\"b","c\\\\d"]
                ]

                # ruleset: app.users
                Rules = [
                    RowCount > 0
                ]
                """);
        assertThat(file.lines().filter(l -> l.startsWith("Rules = ["))).hasSize(2);
    }

    @Test
    void dbtSchemaParsesBackWithModelsColumnsAndTests() throws Exception {
        QualityInput input = users();
        DbtModel model = new DbtModel(input.schema(), "Registered users of the app",
                Map.of("id", "Surrogate key", "email", "Login e-mail: address"),
                RuleSuggester.withDefaultRules().suggest(input));

        String yaml = new DbtSchemaExporter().render(List.of(model));
        JsonNode root = new YAMLMapper().readTree(yaml);

        assertThat(root.get("version").asInt()).isEqualTo(2);
        JsonNode users = root.get("models").get(0);
        assertThat(users.get("name").asText()).isEqualTo("users");
        assertThat(users.get("description").asText()).isEqualTo("Registered users of the app");
        JsonNode columns = users.get("columns");
        assertThat(columns).hasSize(6);
        assertThat(columns.get(0).get("name").asText()).isEqualTo("id");
        assertThat(columns.get(0).get("description").asText()).isEqualTo("Surrogate key");
        assertThat(columns.get(0).get("tests")).extracting(JsonNode::asText).containsExactly("not_null", "unique");
        assertThat(columns.get(1).get("description").asText()).isEqualTo("Login e-mail: address");
        JsonNode accepted = columns.get(2).get("tests").get(1).get("accepted_values").get("values");
        assertThat(accepted).extracting(JsonNode::asText).containsExactly("active", "closed", "new");
        assertThat(columns.get(3).get("name").asText()).isEqualTo("age");
        assertThat(columns.get(3).has("tests")).isFalse();
        assertThat(columns.get(3).get("description").asText()).isEmpty();
        JsonNode relationship = columns.get(4).get("tests").get(1).get("relationships");
        assertThat(relationship.get("to").asText()).isEqualTo("ref('teams')");
        assertThat(relationship.get("field").asText()).isEqualTo("id");
        assertThat(yaml).startsWith("version: 2\nmodels:\n");
    }
}
