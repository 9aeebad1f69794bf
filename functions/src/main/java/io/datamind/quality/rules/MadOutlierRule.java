package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Finding;
import io.datamind.quality.QueryRunner;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OUTLIERS_MAD: values whose modified z-score 0.6745·|x − median| ÷ MAD exceeds 3.5 (Iglewicz and Hoaglin).
 * The median comes from the profile; the MAD (median absolute deviation) is computed exactly in SQL by ordering
 * the deviations, which every supported database can do. Columns where more than half the values are equal
 * (MAD = 0) are left out: every other value would be an "outlier".
 */
public final class MadOutlierRule implements QualityRule {

    private static final double THRESHOLD = 3.5;
    private static final double CONSISTENCY = 0.6745;

    @Override
    public String id() {
        return "OUTLIERS_MAD";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : OutlierCounter.measures(context)) {
            check(context, column).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> check(RuleContext context, ColumnProfile column) throws SQLException {
        QueryRunner queries = context.requireQueries();
        String quoted = context.quote(column.column());
        double median = column.numeric().quantiles().p50();
        long nonNull = queries.count("SELECT COUNT(" + quoted + ") FROM " + context.qualifiedTable());
        if (nonNull < 3) {
            return Optional.empty();
        }
        String madSql = "SELECT ABS(" + quoted + " - " + Texts.number(median) + ") AS deviation FROM "
                + context.qualifiedTable() + " WHERE " + quoted + " IS NOT NULL ORDER BY deviation LIMIT 1 OFFSET "
                + (nonNull - 1) / 2;
        List<String> mad = queries.strings(madSql, 1);
        double madValue = mad.isEmpty() || mad.get(0) == null ? 0.0 : Double.parseDouble(mad.get(0));
        if (madValue <= 0) {
            return Optional.empty();
        }
        double reach = THRESHOLD * madValue / CONSISTENCY;
        String preamble = "-- median " + Texts.number(median) + " (profile), MAD " + Texts.number(madValue) + " from: "
                + madSql + "\n";
        return OutlierCounter.count(context, column, id(), Severity.WARNING, median - reach, median + reach,
                "modified z-score > 3.5, median " + Texts.number(median) + ", MAD " + Texts.number(madValue), preamble);
    }
}
