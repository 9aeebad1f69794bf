package io.datamind.quality;

import static io.datamind.quality.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.classify.SemanticType;
import io.datamind.docs.Json;
import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.postgres.PostgresDialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented scoring formula, figure by figure, and the assessor without a database. */
class QualityScoringTest {

    private static final TableRef USERS = new TableRef("app", "users");
    private static final TableRef TEAMS = new TableRef("app", "teams");

    private final QualityScorer scorer = new QualityScorer();

    private static TableSchema users() {
        return new Schema("app", "users").column("id", TypeFamily.INTEGER).column("email", TypeFamily.TEXT)
                .column("team_id", TypeFamily.INTEGER).primaryKey("id").foreignKey("team_id", TEAMS, "id").rows(100).build();
    }

    private static Finding finding(String rule, Severity severity, Dimension dimension, String column, double ratio) {
        return new Finding(rule, severity, dimension, USERS, column, Math.round(ratio * 100), ratio, List.of(), "", "");
    }

    @Test
    void columnDimensionsMultiplySurvivingSharesAndInfoNeverDeducts() {
        List<Finding> findings = List.of(
                finding("MISSING", Severity.WARNING, Dimension.COMPLETENESS, "email", 0.10),
                finding("EMPTY_STRINGS", Severity.WARNING, Dimension.COMPLETENESS, "email", 0.05),
                finding("INVALID_VALUES", Severity.WARNING, Dimension.VALIDITY, "email", 0.03),
                finding("UNIQUE", Severity.INFO, Dimension.UNIQUENESS, "email", 1.0),
                finding("ORPHANS", Severity.ERROR, Dimension.INTEGRITY, "team_id", 0.20));

        QualityScorer.Scores scores = scorer.score(users(), List.of(), findings, false);

        QualityScore email = scores.columns().get("email");
        assertThat(email.dimensions()).containsOnlyKeys(Dimension.COMPLETENESS, Dimension.VALIDITY)
                .containsEntry(Dimension.COMPLETENESS, 85.5).containsEntry(Dimension.VALIDITY, 97.0);
        // (0.3 × 85.5 + 0.3 × 97) ÷ 0.6
        assertThat(email.score()).isEqualTo(91.3);

        QualityScore id = scores.columns().get("id");
        assertThat(id.dimensions()).containsOnlyKeys(Dimension.COMPLETENESS, Dimension.VALIDITY, Dimension.UNIQUENESS);
        assertThat(id.score()).isEqualTo(100.0);

        QualityScore teamId = scores.columns().get("team_id");
        assertThat(teamId.dimensions()).containsEntry(Dimension.INTEGRITY, 80.0);
        // (0.3 × 100 + 0.3 × 100 + 0.2 × 80) ÷ 0.8
        assertThat(teamId.score()).isEqualTo(95.0);

        // table: completeness mean(100, 85.5, 100) = 95.17, validity mean(100, 97, 100) = 99, uniqueness 100 (id),
        // integrity 80 (team_id) → (0.3 × 95.1667 + 0.3 × 99 + 0.2 × 100 + 0.2 × 80) ÷ 1.0 = 94.25 → 94.3
        assertThat(scores.table().dimensions()).containsEntry(Dimension.COMPLETENESS, 95.2)
                .containsEntry(Dimension.VALIDITY, 99.0).containsEntry(Dimension.UNIQUENESS, 100.0)
                .containsEntry(Dimension.INTEGRITY, 80.0);
        assertThat(scores.table().score()).isEqualTo(94.3);
    }

    @Test
    void inferredRelationshipsMakeIntegrityApplyAndMultiColumnFindingsCountForEachColumn() {
        TableSchema schema = new Schema("app", "members").column("team_id", TypeFamily.INTEGER)
                .column("season", TypeFamily.INTEGER).rows(10).build();
        Relationship inferred = new Relationship("r", schema.table(), List.of("team_id", "season"), TEAMS,
                List.of("id", "season"), RelationshipOrigin.INFERRED, 0.8, "names");
        Finding orphans = new Finding("ORPHANS", Severity.WARNING, Dimension.INTEGRITY, schema.table(), "team_id, season",
                1, 0.1, List.of(), "", "");

        QualityScorer.Scores scores = scorer.score(schema, List.of(inferred), List.of(orphans), false);

        assertThat(scores.columns().get("team_id").dimensions()).containsEntry(Dimension.INTEGRITY, 90.0);
        assertThat(scores.columns().get("season").dimensions()).containsEntry(Dimension.INTEGRITY, 90.0);
    }

    @Test
    void databaseScoreIsTheMeanOfTableScores() {
        TableQuality good = new TableQuality(USERS, QualityScore.of(Map.of(Dimension.COMPLETENESS, 100.0,
                Dimension.VALIDITY, 100.0)), Map.of(), List.of(), Map.of());
        TableQuality poor = new TableQuality(TEAMS, QualityScore.of(Map.of(Dimension.COMPLETENESS, 60.0,
                Dimension.VALIDITY, 80.0, Dimension.INTEGRITY, 50.0)), Map.of(),
                List.of(finding("MISSING", Severity.WARNING, Dimension.COMPLETENESS, "x", 0.4),
                        finding("UNIQUE", Severity.INFO, Dimension.UNIQUENESS, "y", 1.0)), Map.of());

        DatabaseQuality database = DatabaseQuality.aggregate(List.of(good, poor));

        // poor: (0.3 × 60 + 0.3 × 80 + 0.2 × 50) ÷ 0.8 = 65
        assertThat(poor.score().score()).isEqualTo(65.0);
        assertThat(database.score().score()).isEqualTo(82.5);
        assertThat(database.score().dimensions()).containsEntry(Dimension.COMPLETENESS, 80.0)
                .containsEntry(Dimension.VALIDITY, 90.0).containsEntry(Dimension.INTEGRITY, 50.0);
        assertThat(database.tables()).containsOnlyKeys("app.teams", "app.users");
        assertThat(database.findingsBySeverity()).containsEntry(Severity.WARNING, 1L).containsEntry(Severity.INFO, 1L);
    }

    @Test
    void tableQualityRoundTripsThroughTheSharedJsonMapper() throws Exception {
        Finding missing = finding("MISSING", Severity.WARNING, Dimension.COMPLETENESS, "email", 0.1);
        QualityScorer.Scores scores = scorer.score(users(), List.of(), List.of(missing), false);
        TableQuality quality = new TableQuality(USERS, scores.table(), scores.columns(), List.of(missing),
                Map.of("ORPHANS", "no database connection"));

        String json = Json.mapper().writeValueAsString(quality);
        TableQuality back = Json.mapper().readValue(json, TableQuality.class);

        assertThat(back).isEqualTo(quality);
        assertThat(json).contains("\"severity\":\"warning\"").contains("\"completeness\":");
        String database = Json.mapper().writeValueAsString(DatabaseQuality.aggregate(List.of(quality)));
        assertThat(Json.mapper().readValue(database, DatabaseQuality.class)).isEqualTo(DatabaseQuality.aggregate(List.of(quality)));
    }

    @Test
    void withoutADatabaseProfileRulesRunAndSqlRulesAreListedAsSkipped() {
        QualityAssessor assessor = QualityAssessor.withDefaultRules(QualityOptions.DEFAULTS, Fixtures.CLOCK);
        QualityInput input = new QualityInput(users(), profile(USERS, 100,
                new Column("id", TypeFamily.INTEGER, 100).distinct(100).build(),
                new Column("email", TypeFamily.TEXT, 100).nulls(10).distinct(90).build(),
                new Column("team_id", TypeFamily.INTEGER, 100).distinct(7).build()),
                Map.of("email", Fixtures.semantics(SemanticType.EMAIL, 0.9, 0.9)), List.of());

        TableQuality quality = assessor.assessWithoutDatabase(input, new PostgresDialect(), Fixtures.MASK);

        assertThat(quality.skippedRules()).containsOnlyKeys("NON_UNIQUE_KEY", "DUPLICATES", "OUTLIERS_IQR",
                "OUTLIERS_MAD", "FUTURE_DATE", "IMPLAUSIBLE_DATE", "ORPHANS");
        assertThat(quality.skippedRules().get("ORPHANS")).isEqualTo("no database connection");
        assertThat(quality.findings()).extracting(Finding::ruleId).containsExactly("MISSING", "INVALID_VALUES");
        // email: completeness 90, validity 90 → 90; table completeness mean(100, 90, 100), validity mean(100, 90, 100)
        assertThat(quality.columns().get("email").score()).isEqualTo(90.0);
        assertThat(quality.score().dimensions()).containsEntry(Dimension.COMPLETENESS, 96.7);
    }

    @Test
    void anUnreachableServerSkipsTheSqlRulesWithTheReason() {
        QualityAssessor assessor = QualityAssessor.withDefaultRules(QualityOptions.DEFAULTS, Fixtures.CLOCK);
        QualityInput input = new QualityInput(users(), profile(USERS, 100,
                new Column("id", TypeFamily.INTEGER, 100).distinct(100).build()), Map.of(), List.of());

        TableQuality quality = assessor.assess(input,
                QualityDatabases.source("jdbc:postgresql://127.0.0.1:1/none?user=postgres&connectTimeout=2"), Fixtures.MASK);

        assertThat(quality.skippedRules()).containsKey("ORPHANS");
        assertThat(quality.skippedRules().get("ORPHANS")).startsWith("no connection: cannot reach the database");
    }
}
