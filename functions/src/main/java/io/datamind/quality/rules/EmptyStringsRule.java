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
 * EMPTY_STRINGS: text values that are present but empty, a second spelling of "missing". Counted over every row where
 * a hybrid profile did, else the profile's share of the table's rows.
 */
public final class EmptyStringsRule implements QualityRule {

    @Override
    public String id() {
        return "EMPTY_STRINGS";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            context.emptyStrings(column).ifPresent(empty -> findings.add(finding(context, column, empty)));
        }
        return findings;
    }

    private Finding finding(RuleContext context, ColumnProfile column, RuleContext.Affected empty) {
        return new Finding(id(), Severity.WARNING, Dimension.COMPLETENESS, context.table(), column.column(),
                empty.count(), empty.ratio(), List.of(), context.countWhere(context.quote(column.column()) + " = ''"),
                Texts.percent(empty.ratio()) + " of " + column.column() + " values are empty strings");
    }
}
