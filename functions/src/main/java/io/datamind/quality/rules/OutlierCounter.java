package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.KeyColumns;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import io.datamind.quality.WholeTable;
import io.datamind.relate.Relationship;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts, in SQL, the values of numeric columns outside their [lo, hi], and shows the most extreme ones. The counts
 * of all a table's columns come from one scan; only columns with outliers cost a further (examples) query.
 */
final class OutlierCounter {

    static final long EXAMPLES_IN_SCAN_MAX_ROWS = 1_000_000;

    private OutlierCounter() {
    }

    /** One column and the range its values should stay in. */
    record Bounds(ColumnProfile column, double lo, double hi, String method, String preamble) {
        Bounds {
            lo = Math.floor(lo * 1e6) / 1e6; // rounded to 6 decimals so the SQL stays readable
            hi = Math.ceil(hi * 1e6) / 1e6;
        }

        String condition(RuleContext context) {
            String quoted = context.quote(column.column());
            return quoted + " < " + Texts.number(lo) + " OR " + quoted + " > " + Texts.number(hi);
        }
    }

    /** Numeric columns with quantiles, except keys and references: they are labels, and their spread means nothing. */
    static List<ColumnProfile> measures(RuleContext context) {
        Set<String> referencing = KeyColumns.outgoing(context.schema(), context.relationships()).stream()
                .map(Relationship::fromColumns).flatMap(List::stream).collect(Collectors.toSet());
        return context.columnProfiles().stream()
                .filter(column -> column.numeric() != null && column.numeric().quantiles() != null)
                .filter(column -> !KeyColumns.expectedUnique(context.schema(), column.column())
                        && !referencing.contains(column.column()))
                .toList();
    }

    static List<Finding> count(RuleContext context, List<Bounds> candidates, String ruleId, Severity severity) throws SQLException {
        List<Bounds> unproven = candidates.stream().filter(b -> !provenInside(context, b)).toList();
        if (unproven.isEmpty()) {
            return List.of();
        }
        List<String> row = context.requireQueries().aggregates(context.qualifiedTable(), countExpressions(context, unproven));
        boolean examplesInScan = examplesInScan(context);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < unproven.size(); i++) {
            long outliers = i < row.size() && row.get(i) != null ? Long.parseLong(row.get(i)) : 0;
            if (outliers > 0) {
                Bounds bounds = unproven.get(i);
                List<String> examples = examplesInScan ? split(row.get(unproven.size() + i)) : extremes(context, bounds);
                findings.add(finding(context, bounds, outliers, examples, ruleId, severity));
            }
        }
        return findings;
    }

    /**
     * The aggregates {@link #count} asks for: one {@code SUM(CASE …)} per column the profile cannot settle and, on
     * PostgreSQL, then the most extreme of those values per column, so that the examples cost no scan of their own.
     */
    static List<String> countExpressions(RuleContext context, List<Bounds> candidates) {
        List<Bounds> unproven = candidates.stream().filter(b -> !provenInside(context, b)).toList();
        List<String> expressions = new ArrayList<>(unproven.stream()
                .map(b -> "SUM(CASE WHEN " + b.condition(context) + " THEN 1 ELSE 0 END)").toList());
        if (examplesInScan(context)) {
            unproven.forEach(b -> expressions.add(extremesAggregate(context, b)));
        }
        return expressions;
    }

    /**
     * PostgreSQL collects the values outside the bounds, most extreme first, in the same scan as the counts (only
     * those values are kept and sorted); above {@link #EXAMPLES_IN_SCAN_MAX_ROWS} rows the outliers could be too many
     * to hold, so the examples are a query of their own, as on the other databases.
     */
    private static boolean examplesInScan(RuleContext context) {
        return context.dialect().id().equals("postgresql") && context.tableRows() <= EXAMPLES_IN_SCAN_MAX_ROWS;
    }

    /**
     * The first {@code maxExamples} values of the examples query's order ({@code ORDER BY ABS(c - median) DESC}),
     * joined by '|', which no number's text contains; NULL when no value lies outside.
     */
    private static String extremesAggregate(RuleContext context, Bounds bounds) {
        String quoted = context.quote(bounds.column().column());
        return "ARRAY_TO_STRING((ARRAY_AGG(" + quoted + " ORDER BY " + distance(context, bounds.column()) + " DESC) FILTER (WHERE "
                + bounds.condition(context) + "))[1:" + context.options().maxExamples() + "], '|')";
    }

    private static String distance(RuleContext context, ColumnProfile column) {
        return "ABS(" + context.quote(column.column()) + " - " + Texts.number(column.numeric().quantiles().p50()) + ")";
    }

    /**
     * A min and max that hold for every row (a full profile's, or a hybrid one's totals) inside the bounds prove there
     * is nothing to count; a sample's prove nothing, it may have missed the outlier.
     */
    static boolean provenInside(RuleContext context, Bounds bounds) {
        return WholeTable.provenNumbers(context.profile(), bounds.column())
                .filter(range -> range.min() >= bounds.lo() && range.max() <= bounds.hi()).isPresent();
    }

    /** The examples the counting scan joined ({@link #extremesAggregate}); none when it found none. */
    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }

    /** The most extreme values outside the bounds, by a query of their own. */
    private static List<String> extremes(RuleContext context, Bounds bounds) throws SQLException {
        ColumnProfile column = bounds.column();
        return context.requireQueries().strings("SELECT " + context.quote(column.column()) + " FROM "
                + context.qualifiedTable() + " WHERE " + bounds.condition(context) + " ORDER BY "
                + distance(context, column) + " DESC", context.options().maxExamples());
    }

    private static Finding finding(RuleContext context, Bounds bounds, long outliers, List<String> examples,
                                   String ruleId, Severity severity) {
        ColumnProfile column = bounds.column();
        String condition = bounds.condition(context);
        double ratio = Texts.ratio(outliers, context.nonNullRows(column));
        return new Finding(ruleId, severity, Dimension.VALIDITY, context.table(), column.column(), outliers,
                ratio, context.examples(column.column(), examples), bounds.preamble() + context.countWhere(condition),
                outliers + " values of " + column.column() + " (" + Texts.percent(ratio) + ") lie outside "
                        + Texts.number(bounds.lo()) + " .. " + Texts.number(bounds.hi()) + " (" + bounds.method() + ")");
    }
}
