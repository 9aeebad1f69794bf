package io.datamind.describe.heuristic;

import io.datamind.describe.ColumnFigures;
import io.datamind.profile.BooleanStats;
import java.util.Optional;

/**
 * Flags give their share of true values: "true for 584 customers (97.5%)". Exact where a hybrid profile counted true
 * and false over every row: a sample of only false says nothing of the dozen true ones.
 */
public final class BooleanShareClause implements StatisticClause {

    @Override
    public Optional<String> clause(ColumnFacts facts) {
        if (facts.profile() == null) {
            return Optional.empty();
        }
        ColumnFigures figures = facts.figures();
        BooleanStats b = figures.bool();
        long known = b == null ? 0 : b.trueCount() + b.falseCount();
        if (known == 0) {
            return Optional.empty();
        }
        if (b.falseCount() == 0 || b.trueCount() == 0) {
            return Optional.of("always " + (b.falseCount() == 0));
        }
        String pct = Figures.percent(b.trueCount(), known);
        if (figures.estimated()) {
            return Optional.of("true for about " + pct + " of " + facts.entity().plural() + " (sampled)");
        }
        return Optional.of("true for " + facts.entity().counted(b.trueCount()) + " (" + pct + ")");
    }
}
