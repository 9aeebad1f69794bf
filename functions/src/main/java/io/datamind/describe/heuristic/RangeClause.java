package io.datamind.describe.heuristic;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.NumericStats;
import io.datamind.profile.TemporalStats;
import java.util.Optional;

/** Numbers and dates give their range: "ranges from 0.99 to 11.99", "ranges from 2005-05-24 to 2006-02-14". */
public final class RangeClause implements StatisticClause {

    @Override
    public Optional<String> clause(ColumnFacts facts) {
        ColumnProfile p = facts.profile();
        if (p == null || facts.isKeyLike() || facts.nonNullCount() == 0) {
            return Optional.empty();
        }
        if (p.numeric() != null && facts.family().isNumeric() && Double.isFinite(p.numeric().min())
                && Double.isFinite(p.numeric().max())) {
            NumericStats n = p.numeric();
            return Optional.of(range(Figures.number(n.min()), Figures.number(n.max())));
        }
        if (p.temporal() != null && p.temporal().min() != null && p.temporal().max() != null) {
            return Optional.of(temporalRange(p.temporal()));
        }
        return Optional.empty();
    }

    private static String temporalRange(TemporalStats t) {
        String min = datePart(t.min());
        String max = datePart(t.max());
        return min.equals(max) ? range(t.min(), t.max()) : range(min, max);
    }

    private static String range(String min, String max) {
        return min.equals(max) ? "always " + min : "ranges from " + min + " to " + max;
    }

    /** Timestamps read best as days in a range; the time of day adds nothing. */
    private static String datePart(String iso) {
        return iso.matches("\\d{4}-\\d{2}-\\d{2}[T ].*") ? iso.substring(0, 10) : iso;
    }
}
