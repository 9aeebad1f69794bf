package io.datamind.describe.heuristic;

import io.datamind.profile.BooleanStats;
import java.util.Optional;

/** Flags give their share of true values: "true for 584 customers (97.5%)". */
public final class BooleanShareClause implements StatisticClause {

    @Override
    public Optional<String> clause(ColumnFacts facts) {
        if (facts.profile() == null || facts.profile().bool() == null) {
            return Optional.empty();
        }
        BooleanStats b = facts.profile().bool();
        long known = b.trueCount() + b.falseCount();
        if (known == 0) {
            return Optional.empty();
        }
        if (b.falseCount() == 0 || b.trueCount() == 0) {
            return Optional.of("always " + (b.falseCount() == 0));
        }
        String pct = Figures.percent(b.trueCount(), known);
        if (facts.sampled()) {
            return Optional.of("true for about " + pct + " of " + facts.entity().plural() + " (sampled)");
        }
        return Optional.of("true for " + facts.entity().counted(b.trueCount()) + " (" + pct + ")");
    }
}
