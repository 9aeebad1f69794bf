package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.WholeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * CONSTANT: one distinct value across the column; it carries no information (or a default never changed). The distinct
 * count may be a sample's; a hybrid profile's totals that show two different values over every row overrule it.
 */
public final class ConstantRule implements QualityRule {

    @Override
    public String id() {
        return "CONSTANT";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            long nonNull = column.rows() - column.nullCount();
            if (column.distinct() != null && column.distinct().value() == 1 && nonNull > 1 && !WholeTable.provenVaried(column)) {
                List<String> value = column.topValues() == null ? List.of()
                        : context.examples(column.column(), column.topValues().values().stream().map(v -> v.value()).toList());
                String quoted = context.quote(column.column());
                findings.add(new Finding(id(), Severity.INFO, Dimension.VALIDITY, context.table(), column.column(),
                        context.nonNullRows(column), 1.0, value,
                        "SELECT COUNT(DISTINCT " + quoted + ") FROM " + context.qualifiedTable(),
                        column.column() + " holds a single value in all " + nonNull + " non-null rows"));
            }
        }
        return findings;
    }
}
