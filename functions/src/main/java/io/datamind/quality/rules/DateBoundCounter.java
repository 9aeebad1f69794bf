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
     * @param operator  "&gt;" for values after the bound, "&lt;" for values before it
     * @param bound     an ISO date or timestamp literal; every supported database compares it with a date column
     */
    static Optional<Finding> count(RuleContext context, ColumnProfile column, String ruleId, Severity severity,
                                   String operator, String bound, String what) throws SQLException {
        QueryRunner queries = context.requireQueries();
        String quoted = context.quote(column.column());
        String condition = quoted + " " + operator + " " + Texts.sqlString(bound);
        String sql = context.countWhere(condition);
        long affected = queries.count(sql);
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
