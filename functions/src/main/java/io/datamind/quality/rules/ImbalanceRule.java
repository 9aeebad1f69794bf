package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ValueCount;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IMBALANCE: a categorical column whose categories are very unevenly used. As in ydata-profiling, imbalance is
 * 1 − entropy ÷ ln(categories), reported above 0.5. Needs every category in the profile's top values.
 */
public final class ImbalanceRule implements QualityRule {

    private static final double THRESHOLD = 0.5;

    @Override
    public String id() {
        return "IMBALANCE";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            List<ValueCount> values = column.topValues() == null ? List.of() : column.topValues().values();
            long nonNull = column.rows() - column.nullCount();
            long covered = values.stream().mapToLong(ValueCount::count).sum();
            if (values.size() < 2 || covered != nonNull || !Categoricals.isCategorical(context, column)) {
                continue;
            }
            double imbalance = imbalance(values, covered);
            if (imbalance > THRESHOLD) {
                ValueCount top = values.get(0);
                double share = Texts.ratio(top.count(), covered);
                findings.add(new Finding(id(), Severity.INFO, Dimension.VALIDITY, context.table(), column.column(),
                        Math.round(share * context.nonNullRows(column)), share, context.examples(column.column(), List.of(top.value())),
                        "SELECT " + context.quote(column.column()) + ", COUNT(*) FROM " + context.qualifiedTable()
                                + " GROUP BY " + context.quote(column.column()) + " ORDER BY COUNT(*) DESC",
                        String.format(Locale.ROOT, "%s is imbalanced (%.2f): its most frequent value covers %s of %d categories' rows",
                                column.column(), imbalance, Texts.percent(share), values.size())));
            }
        }
        return findings;
    }

    static double imbalance(List<ValueCount> values, long total) {
        double entropy = 0;
        for (ValueCount value : values) {
            double p = (double) value.count() / total;
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        return 1.0 - entropy / Math.log(values.size());
    }
}
