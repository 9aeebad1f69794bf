package io.datamind.classify.validators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * A sample as its distinct values, each with how often it occurs. Checks then run once per distinct value and
 * count for every occurrence: a 500-value sample of country codes is checked 25 times, not 500, and shares come out
 * exactly as if every occurrence had been checked. Predicates must depend on the value alone.
 */
public final class WeightedValues {

    private final String[] distinct;
    private final int[] counts;
    private final int total;

    private WeightedValues(String[] distinct, int[] counts, int total) {
        this.distinct = distinct;
        this.counts = counts;
        this.total = total;
    }

    /** Distinct values in the order they first occur. */
    public static WeightedValues of(List<String> values) {
        Map<String, Integer> index = new HashMap<>(Math.max(16, values.size() * 2));
        String[] distinct = new String[values.size()];
        int[] counts = new int[values.size()];
        int size = 0;
        for (String value : values) {
            Integer at = index.putIfAbsent(value, size);
            if (at == null) {
                distinct[size] = value;
                counts[size++] = 1;
            } else {
                counts[at]++;
            }
        }
        return new WeightedValues(java.util.Arrays.copyOf(distinct, size), java.util.Arrays.copyOf(counts, size), values.size());
    }

    /** Number of values, repeats included. */
    public int total() {
        return total;
    }

    public int distinctCount() {
        return distinct.length;
    }

    public String distinctValue(int i) {
        return distinct[i];
    }

    public int count(int i) {
        return counts[i];
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Share of values the predicate accepts (0 when there are none). */
    public double share(Predicate<String> predicate) {
        if (total == 0) {
            return 0;
        }
        long accepted = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (predicate.test(distinct[i])) {
                accepted += counts[i];
            }
        }
        return accepted / (double) total;
    }

    /**
     * Share of values the predicate accepts when it is at least {@code minimum}; -1 as soon as the rejected values
     * make that impossible (and for no values), so a failing check stops early.
     */
    public double shareIfAtLeast(Predicate<String> predicate, double minimum) {
        return shareOfIndexesIfAtLeast(i -> predicate.test(distinct[i]), minimum);
    }

    /**
     * As {@link #shareIfAtLeast}, with a predicate on the index of a distinct value (for callers that keep a result
     * per value). A share of at least {@code minimum} means every distinct value was tested, in index order.
     */
    public double shareOfIndexesIfAtLeast(IntPredicate accepts, double minimum) {
        if (total == 0) {
            return -1;
        }
        int allowedFailures = (int) Math.floor(total * (1 - minimum) + 1e-9);
        int failures = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (!accepts.test(i)) {
                failures += counts[i];
                if (failures > allowedFailures) {
                    return -1;
                }
            }
        }
        return (total - failures) / (double) total;
    }

    /** Distinct values the predicate accepts. */
    public long distinctAccepted(Predicate<String> predicate) {
        long accepted = 0;
        for (String value : distinct) {
            if (predicate.test(value)) {
                accepted++;
            }
        }
        return accepted;
    }
}
