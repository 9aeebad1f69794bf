package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.KeyColumns;
import io.datamind.quality.QueryRunner;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Counts, in SQL, the values of a numeric column outside [lo, hi], and shows the most extreme ones. */
final class OutlierCounter {

    private OutlierCounter() {
    }

    /** Numeric columns with quantiles, except keys and references: they are labels, and their spread means nothing. */
    static List<ColumnProfile> measures(RuleContext context) {
        return context.columnProfiles().stream()
                .filter(column -> column.numeric() != null && column.numeric().quantiles() != null)
                .filter(column -> !KeyColumns.expectedUnique(context.schema(), column.column())
                        && !KeyColumns.referencing(context.schema(), context.relationships(), column.column()))
                .toList();
    }

    static Optional<Finding> count(RuleContext context, ColumnProfile column, String ruleId, Severity severity,
                                   double lo, double hi, String method, String preamble) throws SQLException {
        NumericBounds bounds = new NumericBounds(lo, hi);
        if (!context.profile().sampled() && column.numeric().min() >= lo && column.numeric().max() <= hi) {
            return Optional.empty();
        }
        QueryRunner queries = context.requireQueries();
        String quoted = context.quote(column.column());
        String condition = quoted + " < " + Texts.number(bounds.lo()) + " OR " + quoted + " > " + Texts.number(bounds.hi());
        String sql = context.countWhere(condition);
        long outliers = queries.count(sql);
        if (outliers == 0) {
            return Optional.empty();
        }
        double median = column.numeric().quantiles().p50();
        List<String> extremes = queries.strings("SELECT " + quoted + " FROM " + context.qualifiedTable() + " WHERE "
                + condition + " ORDER BY ABS(" + quoted + " - " + Texts.number(median) + ") DESC", context.options().maxExamples());
        double ratio = Texts.ratio(outliers, context.nonNullRows(column));
        return Optional.of(new Finding(ruleId, severity, Dimension.VALIDITY, context.table(), column.column(), outliers,
                ratio, context.examples(column.column(), extremes), preamble + sql,
                outliers + " values of " + column.column() + " (" + Texts.percent(ratio) + ") lie outside "
                        + Texts.number(bounds.lo()) + " .. " + Texts.number(bounds.hi()) + " (" + method + ")"));
    }

    /** Bounds rounded to 6 significant decimals so the SQL stays readable. */
    private record NumericBounds(double lo, double hi) {
        NumericBounds {
            lo = Math.floor(lo * 1e6) / 1e6;
            hi = Math.ceil(hi * 1e6) / 1e6;
        }
    }
}
