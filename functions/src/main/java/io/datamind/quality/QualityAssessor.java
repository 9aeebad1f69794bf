package io.datamind.quality;

import io.datamind.quality.rules.CandidateKeyRule;
import io.datamind.quality.rules.ConstantRule;
import io.datamind.quality.rules.DominantShapeRule;
import io.datamind.quality.rules.DuplicateRowsRule;
import io.datamind.quality.rules.EmptyStringsRule;
import io.datamind.quality.rules.EmptyTableRule;
import io.datamind.quality.rules.FutureDateRule;
import io.datamind.quality.rules.HighCardinalityRule;
import io.datamind.quality.rules.ImbalanceRule;
import io.datamind.quality.rules.ImplausibleDateRule;
import io.datamind.quality.rules.IqrOutlierRule;
import io.datamind.quality.rules.MadOutlierRule;
import io.datamind.quality.rules.MissingValuesRule;
import io.datamind.quality.rules.NonUniqueKeyRule;
import io.datamind.quality.rules.OrphanRowsRule;
import io.datamind.quality.rules.SemanticValidityRule;
import io.datamind.quality.rules.SkewRule;
import io.datamind.quality.rules.StaleTableRule;
import io.datamind.quality.rules.ZerosRule;
import io.datamind.scan.Dialect;
import io.datamind.scan.JdbcSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every rule on one table and scores the result. SQL rules share one read-only connection, opened only
 * when at least one of them applies; without a source they are skipped and listed as such. A rule that fails
 * is listed with its error and the others still run.
 */
public final class QualityAssessor {

    private final List<QualityRule> rules;
    private final QualityOptions options;
    private final Clock clock;
    private final QualityScorer scorer = new QualityScorer();

    public QualityAssessor(List<QualityRule> rules, QualityOptions options, Clock clock) {
        this.rules = List.copyOf(rules);
        this.options = options;
        this.clock = clock;
    }

    public static QualityAssessor withDefaultRules(QualityOptions options, Clock clock) {
        return new QualityAssessor(defaultRules(), options, clock);
    }

    public static List<QualityRule> defaultRules() {
        return List.of(new EmptyTableRule(), new MissingValuesRule(), new EmptyStringsRule(), new NonUniqueKeyRule(),
                new CandidateKeyRule(), new DuplicateRowsRule(), new SemanticValidityRule(), new DominantShapeRule(),
                new IqrOutlierRule(), new MadOutlierRule(), new FutureDateRule(), new ImplausibleDateRule(),
                new ConstantRule(), new ZerosRule(), new HighCardinalityRule(), new ImbalanceRule(), new SkewRule(),
                new OrphanRowsRule(), new StaleTableRule());
    }

    /**
     * Assesses with SQL rules against {@code source}. When no connection can be opened the profile rules still
     * run and every SQL rule is listed in {@link TableQuality#skippedRules()} with the reason.
     */
    public TableQuality assess(QualityInput input, JdbcSource source, ExampleMasker masker) {
        if (rules.stream().noneMatch(QualityRule::needsDatabase)) {
            return run(input, source.dialect(), Optional.empty(), masker, Map.of());
        }
        Connection connection;
        try {
            connection = source.connect();
        } catch (RuntimeException e) {
            return assessWithoutDatabase(input, source.dialect(), masker, "no connection: " + e.getMessage());
        }
        try (connection) {
            QueryRunner queries = new QueryRunner(connection, source.statementTimeoutSeconds());
            return run(input, source.dialect(), Optional.of(queries), masker, Map.of());
        } catch (SQLException closing) {
            // the assessment is complete; a failure to close a read-only connection changes none of it
            throw new IllegalStateException("could not close the connection to " + source.config().redactedUrl(), closing);
        }
    }

    /** Profile-only assessment; {@code dialect} still quotes the SQL that reproduces each finding. */
    public TableQuality assessWithoutDatabase(QualityInput input, Dialect dialect, ExampleMasker masker) {
        return assessWithoutDatabase(input, dialect, masker, "no database connection");
    }

    /** Profile-only assessment; every SQL rule is listed as skipped with {@code reason}. */
    public TableQuality assessWithoutDatabase(QualityInput input, Dialect dialect, ExampleMasker masker,
                                              String reason) {
        Map<String, String> skipped = new LinkedHashMap<>();
        rules.stream().filter(QualityRule::needsDatabase).forEach(r -> skipped.put(r.id(), reason));
        return run(input, dialect, Optional.empty(), masker, skipped);
    }

    private TableQuality run(QualityInput input, Dialect dialect, Optional<QueryRunner> queries,
                             ExampleMasker masker, Map<String, String> alreadySkipped) {
        RuleContext context = new RuleContext(input.schema(), input.profile(), input.semantics(), input.relationships(),
                dialect, queries, clock, masker, options);
        queries.ifPresent(runner -> prefetchAggregates(context, runner));
        List<Finding> findings = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>(alreadySkipped);
        boolean duplicatesChecked = false;
        for (QualityRule rule : rules) {
            if (rule.needsDatabase() && queries.isEmpty()) {
                continue;
            }
            try {
                findings.addAll(rule.evaluate(context));
                duplicatesChecked |= rule instanceof DuplicateRowsRule duplicates && duplicates.appliesTo(context);
            } catch (SQLException | RuntimeException e) {
                skipped.put(rule.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        QualityScorer.Scores scores = scorer.score(input.schema(), input.relationships(), findings, duplicatesChecked);
        return new TableQuality(input.schema().table(), scores.table(), scores.columns(), findings, skipped);
    }

    /**
     * One scan of the table for the whole-table counts of every SQL rule, instead of one per rule. When it fails
     * (one expression the database rejects fails them all), each rule asks for its own and only the faulty one is
     * listed as skipped, as without the prefetch.
     */
    private void prefetchAggregates(RuleContext context, QueryRunner queries) {
        List<String> expressions = new ArrayList<>();
        for (QualityRule rule : rules) {
            if (rule.needsDatabase()) {
                try {
                    expressions.addAll(rule.aggregates(context));
                } catch (RuntimeException e) {
                    // the rule fails the same way in evaluate() and is listed there
                }
            }
        }
        if (expressions.isEmpty()) {
            return;
        }
        try {
            queries.prefetch(context.qualifiedTable(), expressions);
        } catch (SQLException e) {
            // fall back to one query per rule (see above)
        }
    }
}
