package io.datamind.quality.rules;

import static io.datamind.quality.Fixtures.context;
import static io.datamind.quality.Fixtures.profile;
import static io.datamind.quality.Fixtures.quartiles;
import static io.datamind.quality.Fixtures.semantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datamind.classify.SemanticType;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.quality.Severity;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One test per profile-only rule, on hand-built profiles whose answers are known. */
class ProfileRulesTest {

    private static final TableRef PEOPLE = new TableRef("crm", "people");

    private static TableSchema people(String column, TypeFamily family, long rows) {
        return new Schema("crm", "people").column(column, family).rows(rows).build();
    }

    @Test
    void missingReportsNullShareWithSqlAndErrorFromHalf() {
        List<Finding> findings = new MissingValuesRule().evaluate(context(
                new Schema("crm", "people").column("phone", TypeFamily.TEXT).column("fax", TypeFamily.TEXT)
                        .column("name", TypeFamily.TEXT).rows(200).build(),
                profile(PEOPLE, 200, new Column("phone", TypeFamily.TEXT, 200).nulls(20).build(),
                        new Column("fax", TypeFamily.TEXT, 200).nulls(150).build(),
                        new Column("name", TypeFamily.TEXT, 200).build()),
                Map.of()));

        assertThat(findings).extracting(Finding::column, Finding::severity, Finding::affectedCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("phone", Severity.WARNING, 20L),
                        org.assertj.core.groups.Tuple.tuple("fax", Severity.ERROR, 150L));
        assertThat(findings.get(0).affectedRatio()).isEqualTo(0.1);
        assertThat(findings.get(0).dimension()).isEqualTo(Dimension.COMPLETENESS);
        assertThat(findings.get(0).reproduceSql()).isEqualTo("SELECT COUNT(*) FROM \"crm\".\"people\" WHERE \"phone\" IS NULL");
        assertThat(findings.get(0).message()).isEqualTo("10.0% of phone values are missing (NULL)");
    }

    @Test
    void emptyStringsAreASecondSpellingOfMissing() {
        List<Finding> findings = new EmptyStringsRule().evaluate(context(people("city", TypeFamily.TEXT, 50),
                profile(PEOPLE, 50, new Column("city", TypeFamily.TEXT, 50).text(0, 12, 5).build()), Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("EMPTY_STRINGS");
            assertThat(f.affectedCount()).isEqualTo(5);
            assertThat(f.affectedRatio()).isEqualTo(0.1);
            assertThat(f.reproduceSql()).isEqualTo("SELECT COUNT(*) FROM \"crm\".\"people\" WHERE \"city\" = ''");
        });
    }

    @Test
    void emptyTableIsReportedButNotScored() {
        List<Finding> findings = new EmptyTableRule().evaluate(context(people("id", TypeFamily.INTEGER, 0),
                profile(PEOPLE, 0, new Column("id", TypeFamily.INTEGER, 0).build()), Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("EMPTY");
            assertThat(f.scored()).isFalse();
            assertThat(f.message()).isEqualTo("crm.people has no rows");
        });
    }

    @Test
    void candidateKeyIsAnUndeclaredUniqueColumnButNotTheDeclaredOne() {
        TableSchema schema = new Schema("crm", "people").column("id", TypeFamily.INTEGER).column("email", TypeFamily.TEXT)
                .column("age", TypeFamily.INTEGER).primaryKey("id").rows(30).build();
        List<Finding> findings = new CandidateKeyRule().evaluate(context(schema, profile(PEOPLE, 30,
                new Column("id", TypeFamily.INTEGER, 30).distinct(30).build(),
                new Column("email", TypeFamily.TEXT, 30).distinct(30).build(),
                new Column("age", TypeFamily.INTEGER, 30).distinct(20).build()), Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("UNIQUE");
            assertThat(f.column()).isEqualTo("email");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.reproduceSql()).isEqualTo("SELECT COUNT(*), COUNT(DISTINCT \"email\") FROM \"crm\".\"people\"");
        });
    }

    @Test
    void invalidValuesComeFromTheClassifierMatchRatio() {
        List<Finding> findings = new SemanticValidityRule().evaluate(context(
                new Schema("crm", "people").column("email", TypeFamily.TEXT).column("iban", TypeFamily.TEXT)
                        .column("note", TypeFamily.TEXT).rows(1000).build(),
                profile(PEOPLE, 1000, new Column("email", TypeFamily.TEXT, 1000).build(),
                        new Column("iban", TypeFamily.TEXT, 1000).nulls(500).build(),
                        new Column("note", TypeFamily.TEXT, 1000).build()),
                Map.of("email", semantics(SemanticType.EMAIL, 0.95, 0.97),
                        "iban", semantics(SemanticType.IBAN, 0.9, 0.7),
                        "note", semantics(SemanticType.EMAIL, 0.2, 0.1))));

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).message()).isEqualTo("3.0% of email values are not e-mail addresses");
        assertThat(findings.get(0).affectedCount()).isEqualTo(30);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(1).column()).isEqualTo("iban");
        assertThat(findings.get(1).affectedCount()).isEqualTo(150);
        assertThat(findings.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(1).affectedRatio()).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void offShapeValuesAgainstADominantShapeWithRegexSql() {
        List<Finding> findings = new DominantShapeRule().evaluate(context(people("zip", TypeFamily.TEXT, 100),
                profile(PEOPLE, 100, new Column("zip", TypeFamily.TEXT, 100)
                        .text(5, 10, 0, "99999", 95, "99999-9999", 3, "AA9 9AA", 2).build()), Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("OFF_SHAPE");
            assertThat(f.affectedCount()).isEqualTo(5);
            assertThat(f.affectedRatio()).isCloseTo(0.05, within(1e-9));
            assertThat(f.examples()).containsExactly("99999-9999", "AA9 9AA");
            assertThat(f.reproduceSql()).isEqualTo("SELECT COUNT(*) FROM \"crm\".\"people\" WHERE \"zip\" !~ '^[0-9]{5}$'");
        });
    }

    @Test
    void shapePatternMatchesExactlyTheValuesOfThatShape() {
        String regex = ShapePattern.toRegex("AA-999.a (9)");
        assertThat(regex).isEqualTo("^[A-Z]{2}-[0-9]{3}[.][a-z] [(][0-9][)]$");
        assertThat(Pattern.matches(regex, "AB-123.x (7)")).isTrue();
        assertThat(Pattern.matches(regex, "AB-1234.x (7)")).isFalse();
    }

    @Test
    void constantColumnHoldsOneValue() {
        List<Finding> findings = new ConstantRule().evaluate(context(people("country", TypeFamily.TEXT, 40),
                profile(PEOPLE, 40, new Column("country", TypeFamily.TEXT, 40).distinct(1).top("FR", 40).build()), Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CONSTANT");
            assertThat(f.examples()).containsExactly("m:FR");
            assertThat(f.scored()).isFalse();
        });
    }

    @Test
    void zerosAboveTenPercent() {
        List<Finding> findings = new ZerosRule().evaluate(context(people("discount", TypeFamily.DECIMAL, 100),
                profile(PEOPLE, 100, new Column("discount", TypeFamily.DECIMAL, 100).nulls(20)
                        .numeric(0, 50, 5, 3, 40, quartiles(0, 2, 8)).build()), Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ZEROS");
            assertThat(f.affectedRatio()).isEqualTo(0.5);
            assertThat(f.affectedCount()).isEqualTo(40);
        });
    }

    @Test
    void highCardinalityOnlyForCategoricalColumns() {
        TableSchema schema = new Schema("crm", "people").column("status", TypeFamily.TEXT).column("name", TypeFamily.TEXT)
                .column("segment", TypeFamily.TEXT).rows(1000).build();
        List<Finding> findings = new HighCardinalityRule().evaluate(context(schema, profile(PEOPLE, 1000,
                new Column("status", TypeFamily.TEXT, 1000).distinct(120).build(),
                new Column("name", TypeFamily.TEXT, 1000).distinct(900).build(),
                new Column("segment", TypeFamily.TEXT, 1000).distinct(4).build()), Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("status");
            assertThat(f.affectedCount()).isEqualTo(120);
            assertThat(f.message()).isEqualTo("status looks categorical but has 120 distinct values");
        });
    }

    @Test
    void imbalanceFromTopValuesEntropy() {
        TableSchema schema = new Schema("crm", "people").column("status", TypeFamily.TEXT).column("tier", TypeFamily.TEXT)
                .rows(100).build();
        List<Finding> findings = new ImbalanceRule().evaluate(context(schema, profile(PEOPLE, 100,
                new Column("status", TypeFamily.TEXT, 100).distinct(3).top("active", 97, "closed", 2, "new", 1).build(),
                new Column("tier", TypeFamily.TEXT, 100).distinct(2).top("gold", 50, "silver", 50).build()), Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("status");
            assertThat(f.affectedRatio()).isEqualTo(0.97);
            assertThat(f.examples()).containsExactly("m:active");
        });
        // 1 - H/ln(3) for (0.97, 0.02, 0.01)
        assertThat(ImbalanceRule.imbalance(List.of(new io.datamind.profile.ValueCount("a", 97),
                new io.datamind.profile.ValueCount("b", 2), new io.datamind.profile.ValueCount("c", 1)), 100))
                .isCloseTo(0.8600, within(1e-3));
    }

    @Test
    void skewFromMeanMedianAndStddev() {
        TableSchema schema = new Schema("crm", "people").column("income", TypeFamily.DECIMAL)
                .column("height", TypeFamily.DECIMAL).rows(100).build();
        List<Finding> findings = new SkewRule().evaluate(context(schema, profile(PEOPLE, 100,
                new Column("income", TypeFamily.DECIMAL, 100).numeric(0, 1e6, 80_000, 60_000, 0, quartiles(20_000, 40_000, 70_000)).build(),
                new Column("height", TypeFamily.DECIMAL, 100).numeric(150, 200, 175, 10, 0, quartiles(168, 175, 182)).build()),
                Map.of()));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("income");
            assertThat(f.message()).startsWith("income is right-skewed (median skewness 2.00");
        });
    }

    @Test
    void staleWhenTheNewestActivityIsOlderThanThirtyDays() {
        TableSchema schema = new Schema("crm", "people").column("updated_at", TypeFamily.TIMESTAMP)
                .column("signup_date", TypeFamily.DATE).column("birthday", TypeFamily.DATE).rows(10).build();
        List<Finding> stale = new StaleTableRule().evaluate(context(schema, profile(PEOPLE, 10,
                new Column("updated_at", TypeFamily.TIMESTAMP, 10).temporal("2020-01-01T00:00:00", "2025-10-02T10:00:00Z").build(),
                new Column("signup_date", TypeFamily.DATE, 10).temporal("2020-01-01", "2025-09-01").build(),
                new Column("birthday", TypeFamily.DATE, 10).temporal("1950-01-01", "2025-12-31").build()), Map.of()));

        assertThat(stale).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("STALE");
            assertThat(f.column()).isEqualTo("updated_at");
            assertThat(f.scored()).isFalse();
            assertThat(f.message()).isEqualTo("crm.people looks stale: its newest updated_at is 2025-10-02T10:00:00Z, 90 days old");
        });

        List<Finding> fresh = new StaleTableRule().evaluate(context(schema, profile(PEOPLE, 10,
                new Column("updated_at", TypeFamily.TIMESTAMP, 10).temporal("2020-01-01 00:00:00", "2025-12-30 08:00:00").build()),
                Map.of()));
        assertThat(fresh).isEmpty();
    }
}
