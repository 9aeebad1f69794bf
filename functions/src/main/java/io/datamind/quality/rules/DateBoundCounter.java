package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QueryRunner;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Counts, in SQL, the dates of a column on the wrong side of a bound. */
final class DateBoundCounter {

    private DateBoundCounter() {
    }

    /**
     * The count {@link #count} asks for, as a whole-table aggregate so that it can share the table's scan with other
     * rules' counts; it gives what {@code SELECT COUNT(*) … WHERE condition} (shown with the finding) gives.
     */
    static String countExpression(RuleContext context, ColumnProfile column, String operator, String bound) {
        return "SUM(CASE WHEN " + condition(context, column, operator, bound) + " THEN 1 ELSE 0 END)";
    }

    private static String condition(RuleContext context, ColumnProfile column, String operator, String bound) {
        return context.quote(column.column()) + " " + operator + " " + Texts.sqlString(bound);
    }

    /**
     * @param operator  "&gt;" for values after the bound, "&lt;" for values before it
     * @param bound     an ISO date or timestamp literal; every supported database compares it with a date column
     */
    static Optional<Finding> count(RuleContext context, ColumnProfile column, String ruleId, Severity severity,
                                   String operator, String bound, String what) throws SQLException {
        QueryRunner queries = context.requireQueries();
        String quoted = context.quote(column.column());
        String condition = condition(context, column, operator, bound);
        String sql = context.countWhere(condition);
        String counted = queries.aggregates(context.qualifiedTable(), List.of(countExpression(context, column, operator, bound))).get(0);
        long affected = counted == null ? 0 : Long.parseLong(counted);
        if (affected == 0) {
            return Optional.empty();
        }
        String order = operator.equals(">") ? " DESC" : " ASC";
        List<String> examples = queries.strings("SELECT " + quoted + " FROM " + context.qualifiedTable() + " WHERE "
                + condition + " ORDER BY " + quoted + order, context.options().maxExamples());
        double ratio = Texts.ratio(affected, context.nonNullRows(column));
        return Optional.of(new Finding(ruleId, severity, Dimension.VALIDITY, context.table(), column.column(), affected,
                ratio, context.examples(column.column(), examples), sql,
                affected + " values of " + column.column() + " (" + Texts.percent(ratio) + ") are " + what));
    }
}
