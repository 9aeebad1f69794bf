package io.datamind.describe.heuristic;

import io.datamind.describe.ColumnFigures;
import java.util.Optional;

/**
 * How often the column is empty, and what an empty value means when the name tells:
 * "empty for 183 rentals (1.1%) that are still open". Exact where a hybrid profile counted the NULLs of every row,
 * even when its sample saw none.
 */
public final class NullClause implements StatisticClause {

    @Override
    public Optional<String> clause(ColumnFacts facts) {
        if (facts.profile() == null) {
            return Optional.empty();
        }
        ColumnFigures figures = facts.figures();
        long nulls = figures.nullCount();
        if (nulls == 0 || figures.nullRatio() <= 0) {
            return Optional.empty();
        }
        if (figures.nullRatio() >= 1.0) {
            return Optional.of(figures.estimated() ? "empty in every sampled row" : "always empty");
        }
        String pct = Figures.percent(figures.nullRatio());
        String meaning = meaning(facts, nulls);
        if (figures.estimated()) {
            return Optional.of("empty for about " + pct + " of " + facts.entity().plural() + meaning + " (sampled)");
        }
        return Optional.of("empty for " + facts.entity().counted(nulls) + " (" + pct + ")" + meaning);
    }

    /** An empty event date means the event has not happened yet. */
    private static String meaning(ColumnFacts facts, long nulls) {
        return TemporalName.of(facts.words(), facts.family())
                .filter(t -> t.eventWords().size() == 1)
                .flatMap(TemporalName::verb)
                .filter(verb -> !Verbs.isBookkeeping(verb))
                .map(verb -> Verbs.closes(verb)
                        ? (nulls == 1 ? " that is still open" : " that are still open")
                        : " not yet " + Verbs.participle(verb))
                .orElse("");
    }
}
