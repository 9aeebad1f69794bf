package io.datamind.quality.rules;

import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import java.util.List;

/** EMPTY: the table has no rows (reported, not scored: there is nothing to score). */
public final class EmptyTableRule implements QualityRule {

    @Override
    public String id() {
        return "EMPTY";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        if (context.tableRows() > 0) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.WARNING, null, context.table(), null, 0, 0.0, List.of(),
                "SELECT COUNT(*) FROM " + context.qualifiedTable(), context.table().key() + " has no rows"));
    }
}
