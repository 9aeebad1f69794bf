package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.scan.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * UNIQUE: every value of a column is distinct and present, yet nothing declares it unique: a candidate key
 * (worth a constraint if it is one). Needs an exact distinct count over the whole table.
 */
public final class CandidateKeyRule implements QualityRule {

    private static final Set<TypeFamily> KEY_FAMILIES = Set.of(TypeFamily.INTEGER, TypeFamily.TEXT, TypeFamily.UUID);

    @Override
    public String id() {
        return "UNIQUE";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (context.profile().sampled()) {
            return findings;
        }
        for (ColumnProfile column : context.columnProfiles()) {
            if (isCandidate(column) && !context.declaredUnique(column.column())) {
                String quoted = context.quote(column.column());
                findings.add(new Finding(id(), Severity.INFO, Dimension.UNIQUENESS, context.table(), column.column(),
                        column.rows(), 1.0, List.of(),
                        "SELECT COUNT(*), COUNT(DISTINCT " + quoted + ") FROM " + context.qualifiedTable(),
                        "all " + column.rows() + " values of " + column.column()
                                + " are distinct and present, but no constraint declares it unique (candidate key)"));
            }
        }
        return findings;
    }

    private static boolean isCandidate(ColumnProfile column) {
        return KEY_FAMILIES.contains(column.family()) && column.rows() > 1 && column.nullCount() == 0
                && column.distinct() != null && column.distinct().exact() && column.distinct().value() == column.rows();
    }
}
