package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import java.util.ArrayList;
import java.util.List;

/** HIGH_CARDINALITY: a categorical column with more than 50 distinct values (ydata-profiling's threshold). */
public final class HighCardinalityRule implements QualityRule {

    private static final long THRESHOLD = 50;

    @Override
    public String id() {
        return "HIGH_CARDINALITY";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            if (column.distinct() == null || column.distinct().value() <= THRESHOLD
                    || !Categoricals.isCategorical(context, column)) {
                continue;
            }
            String quoted = context.quote(column.column());
            findings.add(new Finding(id(), Severity.INFO, Dimension.VALIDITY, context.table(), column.column(),
                    column.distinct().value(), column.uniquenessRatio() == null ? 0.0 : column.uniquenessRatio(),
                    List.of(), "SELECT COUNT(DISTINCT " + quoted + ") FROM " + context.qualifiedTable(),
                    column.column() + " looks categorical but has " + (column.distinct().exact() ? "" : "about ")
                            + column.distinct().value() + " distinct values"));
        }
        return findings;
    }
}
