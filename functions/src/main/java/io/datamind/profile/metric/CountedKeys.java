package io.datamind.profile.metric;

import io.datamind.profile.DistinctCount;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.ValueCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Distinct count and most frequent values of long keys (numbers, dates), both from one counting map while the
 * column has at most {@code exactLimit} distinct keys: exact, and one hash probe per value instead of two (a set
 * for the distinct count and a frequent-items sketch for the top values were a sixth of a 500-table run's CPU).
 * Past the limit, a HyperLogLog sketch and a frequent-items sketch take over, seeded with the exact counts.
 */
public final class CountedKeys {

    private final int exactLimit;
    private final int topLimit;
    private LongCountMap counts;
    private DistinctCounter distinct;
    private FrequentLongs frequent;

    public CountedKeys(int exactLimit, int topLimit) {
        this.exactLimit = Math.max(0, exactLimit);
        this.topLimit = topLimit;
        this.counts = new LongCountMap(Math.min(this.exactLimit, 1024));
    }

    public void add(long key) {
        if (counts != null) {
            if (counts.add(key, 1) && counts.size() > exactLimit) {
                toSketches();
            }
        } else {
            distinct.add(key);
            frequent.add(key);
        }
    }

    /** A single pass would have fed the sketches the same keys; the frequent-items sketch gets each count at once. */
    private void toSketches() {
        DistinctCounter sketched = DistinctCounter.sketching(exactLimit);
        FrequentLongs top = new FrequentLongs(topLimit);
        counts.forEach((key, count) -> {
            sketched.add(key);
            top.add(key, count);
        });
        distinct = sketched;
        frequent = top;
        counts = null;
    }

    /** Exact counts add up (turning into sketches past the limit, as a single pass would); otherwise sketch merges. */
    public void merge(CountedKeys other) {
        if (counts != null && other.counts != null) {
            other.counts.forEach((key, count) -> counts.add(key, count));
            if (counts.size() > exactLimit) {
                toSketches();
            }
            return;
        }
        if (counts != null) {
            toSketches();
        }
        if (other.counts != null) {
            other.counts.forEach((key, count) -> {
                distinct.add(key);
                frequent.add(key, count);
            });
        } else {
            distinct.merge(other.distinct);
            frequent.merge(other.frequent);
        }
    }

    public DistinctCount distinct() {
        return counts != null ? DistinctCount.exact(counts.size()) : distinct.result();
    }

    /** While exact, the true top values (most frequent first, then smallest key); else the sketch's. */
    public FrequentValues top(LongFunction<String> render) {
        if (counts == null) {
            return frequent.result(render);
        }
        List<long[]> entries = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> entries.add(new long[] {key, count}));
        entries.sort(Comparator.<long[]>comparingLong(e -> -e[1]).thenComparingLong(e -> e[0]));
        List<ValueCount> values = new ArrayList<>(Math.min(topLimit, entries.size()));
        for (int i = 0; i < entries.size() && i < topLimit; i++) {
            values.add(new ValueCount(render.apply(entries.get(i)[0]), entries.get(i)[1]));
        }
        return new FrequentValues(values, true);
    }

    public State state() {
        if (counts == null) {
            return new State(exactLimit, null, null, distinct.state(), frequent.state());
        }
        long[] keys = new long[counts.size()];
        long[] tallies = new long[counts.size()];
        int[] next = {0};
        counts.forEach((key, count) -> {
            keys[next[0]] = key;
            tallies[next[0]++] = count;
        });
        return new State(exactLimit, keys, tallies, null, null);
    }

    public static CountedKeys restore(State state, int topLimit) {
        CountedKeys restored = new CountedKeys(state.exactLimit(), topLimit);
        if (state.keys() == null) {
            restored.counts = null;
            restored.distinct = DistinctCounter.restore(state.distinct());
            restored.frequent = FrequentLongs.restore(state.frequent(), topLimit);
            return restored;
        }
        for (int i = 0; i < state.keys().length; i++) {
            restored.counts.add(state.keys()[i], state.counts()[i]);
        }
        return restored;
    }

    /**
     * While exact: the keys and their counts at the same positions; else the distinct counter's state and the
     * frequent-items sketch image.
     */
    public record State(int exactLimit, long[] keys, long[] counts, DistinctCounter.State distinct, byte[] frequent) {
    }
}
