package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.NumericStats;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SKEWED: a numeric column whose mean sits far from its median: Pearson's median skewness
 * 3 × (mean − median) ÷ stddev, reported from an absolute value of 1.
 */
public final class SkewRule implements QualityRule {

    private static final double THRESHOLD = 1.0;

    @Override
    public String id() {
        return "SKEWED";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            NumericStats stats = column.numeric();
            if (stats == null || stats.quantiles() == null || !(stats.stddev() > 0)) {
                continue;
            }
            double skew = 3.0 * (stats.mean() - stats.quantiles().p50()) / stats.stddev();
            if (Math.abs(skew) >= THRESHOLD) {
                findings.add(new Finding(id(), Severity.INFO, Dimension.VALIDITY, context.table(), column.column(),
                        0, 0.0, List.of(),
                        "profile: 3 * (mean - median) / stddev of " + context.quote(column.column()),
                        String.format(Locale.ROOT, "%s is %s-skewed (median skewness %.2f: mean %.4g, median %.4g)",
                                column.column(), skew > 0 ? "right" : "left", skew, stats.mean(), stats.quantiles().p50())));
            }
        }
        return findings;
    }
}
