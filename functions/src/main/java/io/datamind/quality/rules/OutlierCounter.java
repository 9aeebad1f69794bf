package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.KeyColumns;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
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
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < unproven.size(); i++) {
            long outliers = i < row.size() && row.get(i) != null ? Long.parseLong(row.get(i)) : 0;
            if (outliers > 0) {
                findings.add(finding(context, unproven.get(i), outliers, ruleId, severity));
            }
        }
        return findings;
    }

    /** The aggregates {@link #count} asks for: one {@code SUM(CASE …)} per column the profile cannot settle. */
    static List<String> countExpressions(RuleContext context, List<Bounds> candidates) {
        return candidates.stream().filter(b -> !provenInside(context, b))
                .map(b -> "SUM(CASE WHEN " + b.condition(context) + " THEN 1 ELSE 0 END)").toList();
    }

    /** A full profile's min and max inside the bounds prove there is nothing to count. */
    static boolean provenInside(RuleContext context, Bounds bounds) {
        ColumnProfile column = bounds.column();
        return !context.profile().sampled() && column.numeric().min() >= bounds.lo() && column.numeric().max() <= bounds.hi();
    }

    private static Finding finding(RuleContext context, Bounds bounds, long outliers, String ruleId, Severity severity)
            throws SQLException {
        ColumnProfile column = bounds.column();
        String quoted = context.quote(column.column());
        String condition = bounds.condition(context);
        double median = column.numeric().quantiles().p50();
        List<String> extremes = context.requireQueries().strings("SELECT " + quoted + " FROM " + context.qualifiedTable()
                + " WHERE " + condition + " ORDER BY ABS(" + quoted + " - " + Texts.number(median) + ") DESC",
                context.options().maxExamples());
        double ratio = Texts.ratio(outliers, context.nonNullRows(column));
        return new Finding(ruleId, severity, Dimension.VALIDITY, context.table(), column.column(), outliers,
                ratio, context.examples(column.column(), extremes), bounds.preamble() + context.countWhere(condition),
                outliers + " values of " + column.column() + " (" + Texts.percent(ratio) + ") lie outside "
                        + Texts.number(bounds.lo()) + " .. " + Texts.number(bounds.hi()) + " (" + bounds.method() + ")");
    }
}
