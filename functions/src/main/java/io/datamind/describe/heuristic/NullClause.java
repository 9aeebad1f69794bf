package io.datamind.describe.heuristic;

import io.datamind.profile.ColumnProfile;
import java.util.Optional;

/**
 * How often the column is empty, and what an empty value means when the name tells:
 * "empty for 183 rentals (1.1%) that are still open".
 */
public final class NullClause implements StatisticClause {

    @Override
    public Optional<String> clause(ColumnFacts facts) {
        ColumnProfile p = facts.profile();
        if (p == null || p.nullCount() == 0 || p.rows() == 0) {
            return Optional.empty();
        }
        if (p.nullCount() >= p.rows()) {
            return Optional.of(facts.sampled() ? "empty in every sampled row" : "always empty");
        }
        String pct = Figures.percent(p.nullCount(), p.rows());
        String meaning = meaning(facts);
        if (facts.sampled()) {
            return Optional.of("empty for about " + pct + " of " + facts.entity().plural() + meaning + " (sampled)");
        }
        return Optional.of("empty for " + facts.entity().counted(p.nullCount()) + " (" + pct + ")" + meaning);
    }

    /** An empty event date means the event has not happened yet. */
    private static String meaning(ColumnFacts facts) {
        return TemporalName.of(facts.words(), facts.family())
                .filter(t -> t.eventWords().size() == 1)
                .flatMap(TemporalName::verb)
                .filter(verb -> !Verbs.isBookkeeping(verb))
                .map(verb -> Verbs.closes(verb)
                        ? (facts.profile().nullCount() == 1 ? " that is still open" : " that are still open")
                        : " not yet " + Verbs.participle(verb))
                .orElse("");
    }
}
