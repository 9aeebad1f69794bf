package io.datamind.describe.heuristic;

import io.datamind.describe.ColumnFigures;
import io.datamind.profile.ColumnTotals.NumberRange;
import io.datamind.profile.ColumnTotals.TimeRange;
import java.util.Optional;

/**
 * Numbers and dates give their range: "ranges from 0.99 to 11.99", "ranges from 2005-05-24 to 2006-02-14". A hybrid
 * profile's range over every row is stated: a sample's misses the extremes.
 */
public final class RangeClause implements StatisticClause {

    @Override
    public Optional<String> clause(ColumnFacts facts) {
        if (facts.profile() == null || facts.isKeyLike()) {
            return Optional.empty();
        }
        ColumnFigures figures = facts.figures();
        Optional<String> numbers = figures.profile().numberRange()
                .filter(n -> facts.family().isNumeric() && Double.isFinite(n.min()) && Double.isFinite(n.max()))
                .map(RangeClause::numberRange);
        return numbers.or(() -> figures.profile().timeRange().filter(t -> t.min() != null && t.max() != null)
                .map(RangeClause::temporalRange));
    }

    private static String numberRange(NumberRange n) {
        return range(Figures.number(n.min()), Figures.number(n.max()));
    }

    private static String temporalRange(TimeRange t) {
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
