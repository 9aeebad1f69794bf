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

/** EMPTY_STRINGS: text values that are present but empty, a second spelling of "missing". */
public final class EmptyStringsRule implements QualityRule {

    @Override
    public String id() {
        return "EMPTY_STRINGS";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            if (column.text() == null || column.text().emptyCount() == 0 || column.rows() == 0) {
                continue;
            }
            double ratio = Texts.ratio(column.text().emptyCount(), column.rows());
            long affected = Math.round(ratio * context.tableRows());
            findings.add(new Finding(id(), Severity.WARNING, Dimension.COMPLETENESS, context.table(), column.column(),
                    affected, ratio, List.of(), context.countWhere(context.quote(column.column()) + " = ''"),
                    Texts.percent(ratio) + " of " + column.column() + " values are empty strings"));
        }
        return findings;
    }
}
