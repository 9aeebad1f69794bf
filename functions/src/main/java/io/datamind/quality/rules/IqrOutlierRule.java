package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.Quantiles;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * OUTLIERS_IQR: values beyond Tukey's fences, Q1 − 1.5·IQR and Q3 + 1.5·IQR, with the quartiles from the profile.
 * Informational: long-tailed columns (amounts, durations) always have some.
 */
public final class IqrOutlierRule implements QualityRule {

    private static final double FENCE = 1.5;

    @Override
    public String id() {
        return "OUTLIERS_IQR";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public List<String> aggregates(RuleContext context) {
        return OutlierCounter.countExpressions(context, fences(context));
    }

    @Override
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        return OutlierCounter.count(context, fences(context), id(), Severity.INFO);
    }

    private static List<OutlierCounter.Bounds> fences(RuleContext context) {
        List<OutlierCounter.Bounds> fences = new ArrayList<>();
        for (ColumnProfile column : OutlierCounter.measures(context)) {
            Quantiles q = column.numeric().quantiles();
            double iqr = q.p75() - q.p25();
            if (iqr > 0) {
                fences.add(new OutlierCounter.Bounds(column, q.p25() - FENCE * iqr, q.p75() + FENCE * iqr,
                        "Tukey fences: Q1 - 1.5*IQR, Q3 + 1.5*IQR", ""));
            }
        }
        return fences;
    }
}
