package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.KeyColumns;
import io.datamind.quality.QualityRule;
import io.datamind.quality.QueryRunner;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import io.datamind.scan.TableKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * NON_UNIQUE_KEY: a column that must be unique (primary key, unique constraint or index, or named like the
 * table's key) repeats values. Counted in SQL as the rows beyond the first of each repeated value. Declared keys are
 * counted only where the database does not enforce them (views, foreign tables, materialized views).
 */
public final class NonUniqueKeyRule implements QualityRule {

    @Override
    public String id() {
        return "NON_UNIQUE_KEY";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public List<String> aggregates(RuleContext context) {
        return checked(context).stream().map(column -> extraValues(context, column)).toList();
    }

    @Override
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : checked(context)) {
            check(context, column).ifPresent(findings::add);
        }
        return findings;
    }

    /** Columns that must be unique, where neither the profile nor the database already proves they are. */
    private static List<ColumnProfile> checked(RuleContext context) {
        return context.columnProfiles().stream().filter(column -> KeyColumns.expectedUnique(context.schema(), column.column())
                && !provenUnique(context, column) && !enforcedByDatabase(context, column)).toList();
    }

    /** Rows beyond the first of each repeated value: {@code COUNT(c) - COUNT(DISTINCT c)}. */
    private static String extraValues(RuleContext context, ColumnProfile column) {
        String quoted = context.quote(column.column());
        return "COUNT(" + quoted + ") - COUNT(DISTINCT " + quoted + ")";
    }

    /** A full, exact profile already proves uniqueness: no query needed. */
    private static boolean provenUnique(RuleContext context, ColumnProfile column) {
        return !context.profile().sampled() && column.distinct() != null && column.distinct().exact()
                && column.distinct().value() == column.rows() - column.nullCount();
    }

    /** A base table's declared key or unique index is enforced by the database itself: counting would only cost. */
    private static boolean enforcedByDatabase(RuleContext context, ColumnProfile column) {
        TableKind kind = context.schema().kind();
        return context.declaredUnique(column.column()) && (kind == TableKind.TABLE || kind == TableKind.PARTITIONED_TABLE);
    }

    private java.util.Optional<Finding> check(RuleContext context, ColumnProfile column) throws SQLException {
        QueryRunner queries = context.requireQueries();
        String quoted = context.quote(column.column());
        String sql = "SELECT " + extraValues(context, column) + " FROM " + context.qualifiedTable();
        String counted = queries.aggregates(context.qualifiedTable(), List.of(extraValues(context, column))).get(0);
        long extra = counted == null ? 0 : Long.parseLong(counted);
        if (extra <= 0) {
            return java.util.Optional.empty();
        }
        List<String> repeated = queries.strings("SELECT " + quoted + " FROM " + context.qualifiedTable()
                + " WHERE " + quoted + " IS NOT NULL GROUP BY " + quoted + " HAVING COUNT(*) > 1", context.options().maxExamples());
        boolean declared = context.declaredUnique(column.column());
        double ratio = Texts.ratio(extra, context.nonNullRows(column));
        return java.util.Optional.of(new Finding(id(), declared ? Severity.ERROR : Severity.WARNING, Dimension.UNIQUENESS,
                context.table(), column.column(), extra, ratio, context.examples(column.column(), repeated), sql,
                extra + " rows repeat a value of " + column.column() + ", which "
                        + (declared ? "is declared unique" : "is named like the table's key")));
    }
}
