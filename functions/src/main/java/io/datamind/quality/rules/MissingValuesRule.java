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

/**
 * MISSING: a column holds NULLs. Half or more missing is an error. Counted over every row where a hybrid profile did
 * (a sample misses a rare NULL), else the profile's share of the table's rows.
 */
public final class MissingValuesRule implements QualityRule {

    @Override
    public String id() {
        return "MISSING";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            context.nulls(column).ifPresent(nulls -> findings.add(finding(context, column, nulls)));
        }
        return findings;
    }

    private Finding finding(RuleContext context, ColumnProfile column, RuleContext.Affected nulls) {
        double ratio = nulls.ratio();
        return new Finding(id(), ratio >= 0.5 ? Severity.ERROR : Severity.WARNING, Dimension.COMPLETENESS,
                context.table(), column.column(), nulls.count(), ratio, List.of(),
                context.countWhere(context.quote(column.column()) + " IS NULL"),
                Texts.percent(ratio) + " of " + column.column() + " values are missing (NULL)");
    }
}
