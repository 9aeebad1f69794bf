package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import java.util.ArrayList;
import java.util.List;

/** ZEROS: more than 10% of a numeric column is zero (ydata-profiling's threshold), often a stand-in for "unknown". */
public final class ZerosRule implements QualityRule {

    private static final double THRESHOLD = 0.1;

    @Override
    public String id() {
        return "ZEROS";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            long nonNull = column.rows() - column.nullCount();
            if (column.numeric() == null || nonNull == 0) {
                continue;
            }
            double ratio = Texts.ratio(column.numeric().zeros(), nonNull);
            if (ratio > THRESHOLD) {
                findings.add(new Finding(id(), Severity.INFO, Dimension.VALIDITY, context.table(), column.column(),
                        Math.round(ratio * context.nonNullRows(column)), ratio, List.of(),
                        context.countWhere(context.quote(column.column()) + " = 0"),
                        Texts.percent(ratio) + " of " + column.column() + " values are zero"));
            }
        }
        return findings;
    }
}
