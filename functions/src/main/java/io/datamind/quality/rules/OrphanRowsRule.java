package io.datamind.quality.rules;

import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.KeyColumns;
import io.datamind.quality.QualityRule;
import io.datamind.quality.QueryRunner;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * ORPHANS: child rows whose (non-null) reference matches no parent row, for declared foreign keys (an error:
 * the constraint is disabled or was added NOT VALID) and inferred relationships (a warning). One relationship
 * that cannot be checked (types that do not compare, a parent that is gone) is reported as such and does not
 * stop the others. Keys the database validated (and so enforces) are not queried: they cannot have orphans.
 */
public final class OrphanRowsRule implements QualityRule {

    @Override
    public String id() {
        return "ORPHANS";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Relationship relationship : KeyColumns.outgoingUnproven(context.schema(), context.relationships())) {
            try {
                check(context, relationship).ifPresent(findings::add);
            } catch (SQLException e) {
                findings.add(new Finding(id(), Severity.INFO, null, context.table(), columns(relationship), 0, 0.0,
                        List.of(), orphanSql(context, relationship, "COUNT(*)"),
                        "could not check " + describe(relationship) + ": " + firstLine(e.getMessage())));
            }
        }
        return findings;
    }

    private java.util.Optional<Finding> check(RuleContext context, Relationship relationship) throws SQLException {
        QueryRunner queries = context.requireQueries();
        String sql = orphanSql(context, relationship, "COUNT(*)");
        long orphans = queries.count(sql);
        if (orphans == 0) {
            return java.util.Optional.empty();
        }
        long withReference = queries.count("SELECT COUNT(*) FROM " + context.qualifiedTable() + " WHERE "
                + relationship.fromColumns().stream().map(c -> context.quote(c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND ")));
        List<String> examples = queries.strings(orphanSql(context, relationship,
                "DISTINCT c." + context.quote(relationship.fromColumns().get(0))), context.options().maxExamples());
        boolean declared = relationship.origin() == RelationshipOrigin.DECLARED;
        double ratio = Texts.ratio(orphans, withReference);
        return java.util.Optional.of(new Finding(id(), declared ? Severity.ERROR : Severity.WARNING, Dimension.INTEGRITY,
                context.table(), columns(relationship), orphans, ratio, context.examples(relationship.fromColumns().get(0), examples), sql,
                orphans + " rows (" + Texts.percent(ratio) + " of those with a reference) point to no row of "
                        + describe(relationship)));
    }

    /** {@code SELECT <select> FROM child c LEFT JOIN parent p ON ... WHERE p.k IS NULL AND c.fk IS NOT NULL}. */
    static String orphanSql(RuleContext context, Relationship relationship, String select) {
        List<String> from = relationship.fromColumns();
        List<String> to = relationship.toColumns();
        String join = IntStream.range(0, from.size())
                .mapToObj(i -> "c." + context.quote(from.get(i)) + " = p." + context.quote(to.get(i)))
                .collect(Collectors.joining(" AND "));
        String present = from.stream().map(c -> "c." + context.quote(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return "SELECT " + select + " FROM " + context.qualifiedTable() + " c LEFT JOIN "
                + context.dialect().qualifiedName(relationship.to()) + " p ON " + join
                + " WHERE p." + context.quote(to.get(0)) + " IS NULL AND " + present;
    }

    private static String columns(Relationship relationship) {
        return String.join(", ", relationship.fromColumns());
    }

    private static String describe(Relationship relationship) {
        return relationship.to().key() + "(" + String.join(", ", relationship.toColumns()) + ") via "
                + relationship.origin().name().toLowerCase(java.util.Locale.ROOT) + " relationship "
                + (relationship.name() == null ? "" : relationship.name() + " ") + "on " + columns(relationship);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
