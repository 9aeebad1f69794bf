package io.datamind.profile.metric;

import io.datamind.profile.DistinctCount;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.ValueCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Distinct count and most frequent values of long keys, both from one counting map while the column has at most
 * {@code exactLimit} distinct keys: exact, and one hash probe per value instead of two (a set for the distinct count
 * and a frequent-items sketch for the top values were a sixth of a 500-table run's CPU; for text, the sketch alone
 * was a quarter of a 10M-row table's profile). The keys are numbers and dates themselves, or ({@link #ofTexts}) 64-bit hashes of texts, and then the
 * map also keeps each key's text so that the top values can be printed.
 * Past the limit, a HyperLogLog sketch and a frequent-items sketch ({@link FrequentLongs}, or
 * {@link FrequentHashedStrings} for texts) take over, seeded with the exact counts (and texts).
 */
public final class CountedKeys {

    private final int exactLimit;
    private final int topLimit;
    private final boolean texts;
    private LongCountMap counts;
    private DistinctCounter distinct;
    private FrequentLongs frequent;
    private FrequentHashedStrings frequentTexts;

    /** Keys that are the values themselves (numbers, dates). */
    public CountedKeys(int exactLimit, int topLimit) {
        this(exactLimit, topLimit, false);
    }

    private CountedKeys(int exactLimit, int topLimit, boolean texts) {
        this.exactLimit = Math.max(0, exactLimit);
        this.topLimit = topLimit;
        this.texts = texts;
        int expected = Math.min(this.exactLimit, 1024);
        this.counts = texts ? LongCountMap.withTexts(expected) : new LongCountMap(expected);
    }

    /** Keys that are 64-bit hashes of texts, given with {@link #add(long, String)}. */
    public static CountedKeys ofTexts(int exactLimit, int topLimit) {
        return new CountedKeys(exactLimit, topLimit, true);
    }

    public void add(long key) {
        add(key, null);
    }

    /** The text is kept for a key seen the first time (and by the frequent-items sketch when it may list it). */
    public void add(long key, String text) {
        if (counts != null) {
            if (counts.add(key, 1, text) && counts.size() > exactLimit) {
                toSketches();
            }
        } else {
            sketch(key, 1, text);
        }
    }

    private void sketch(long key, long count, String text) {
        distinct.add(key);
        if (texts) {
            frequentTexts.add(key, text, count);
        } else {
            frequent.add(key, count);
        }
    }

    /** A single pass would have fed the sketches the same keys; the frequent-items sketch gets each count at once. */
    private void toSketches() {
        LongCountMap exact = counts;
        counts = null;
        distinct = DistinctCounter.sketching(exactLimit);
        if (texts) {
            frequentTexts = new FrequentHashedStrings(topLimit);
        } else {
            frequent = new FrequentLongs(topLimit);
        }
        exact.forEachText(this::sketch);
    }

    /** Exact counts add up (turning into sketches past the limit, as a single pass would); otherwise sketch merges. */
    public void merge(CountedKeys other) {
        if (counts != null && other.counts != null) {
            other.counts.forEachText((key, count, text) -> counts.add(key, count, text));
            if (counts.size() > exactLimit) {
                toSketches();
            }
            return;
        }
        if (counts != null) {
            toSketches();
        }
        if (other.counts != null) {
            other.counts.forEachText(this::sketch);
        } else if (texts) {
            distinct.merge(other.distinct);
            frequentTexts.merge(other.frequentTexts);
        } else {
            distinct.merge(other.distinct);
            frequent.merge(other.frequent);
        }
    }

    public DistinctCount distinct() {
        return counts != null ? DistinctCount.exact(counts.size()) : distinct.result();
    }

    /** Numbers and dates: while exact, the true top values (most frequent first, then smallest key); else the sketch's. */
    public FrequentValues top(LongFunction<String> render) {
        if (counts == null) {
            return frequent.result(render);
        }
        return exactTop(Comparator.comparingLong(Counted::key), counted -> render.apply(counted.key()));
    }

    /**
     * Texts: while exact, the true top values (most frequent first, then by text, as the sketch orders them);
     * else the sketch's.
     */
    public FrequentValues topTexts() {
        if (counts == null) {
            return frequentTexts.result();
        }
        return exactTop(Comparator.comparing(Counted::text), Counted::text);
    }

    private record Counted(long key, long count, String text) {
    }

    /**
     * The {@code topLimit} best entries by a bounded heap whose head is the worst kept: a column near the exact limit
     * has thousands of keys, and sorting them all was most of a sampled profile's finish (JFR).
     */
    private FrequentValues exactTop(Comparator<Counted> ties, Function<Counted, String> label) {
        Comparator<Counted> best = Comparator.comparingLong(Counted::count).reversed().thenComparing(ties);
        PriorityQueue<Counted> kept = new PriorityQueue<>(Math.max(1, topLimit), best.reversed());
        counts.forEachText((key, count, text) -> {
            if (kept.size() < topLimit) {
                kept.add(new Counted(key, count, text));
            } else if (topLimit > 0 && count >= kept.peek().count()) {
                Counted candidate = new Counted(key, count, text);
                if (best.compare(candidate, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(candidate);
                }
            }
        });
        List<Counted> ordered = new ArrayList<>(kept);
        ordered.sort(best);
        List<ValueCount> values = new ArrayList<>(ordered.size());
        for (Counted entry : ordered) {
            values.add(new ValueCount(label.apply(entry), entry.count()));
        }
        return new FrequentValues(values, true);
    }

    public State state() {
        if (counts == null) {
            return texts
                    ? new State(exactLimit, null, null, null, distinct.state(), null, frequentTexts.state())
                    : new State(exactLimit, null, null, null, distinct.state(), frequent.state(), null);
        }
        long[] keys = new long[counts.size()];
        long[] tallies = new long[counts.size()];
        List<String> keyTexts = texts ? new ArrayList<>(counts.size()) : null;
        int[] next = {0};
        counts.forEachText((key, count, text) -> {
            keys[next[0]] = key;
            tallies[next[0]++] = count;
            if (keyTexts != null) {
                keyTexts.add(text);
            }
        });
        return new State(exactLimit, keys, tallies, keyTexts, null, null, null);
    }

    /** Keys of texts when the state has texts (exact) or the text frequent-items sketch; else numbers and dates. */
    public static CountedKeys restore(State state, int topLimit) {
        boolean texts = state.texts() != null || state.frequentTexts() != null;
        CountedKeys restored = new CountedKeys(state.exactLimit(), topLimit, texts);
        if (state.keys() == null) {
            restored.counts = null;
            restored.distinct = DistinctCounter.restore(state.distinct());
            if (texts) {
                restored.frequentTexts = FrequentHashedStrings.restore(state.frequentTexts(), topLimit);
            } else {
                restored.frequent = FrequentLongs.restore(state.frequent(), topLimit);
            }
            return restored;
        }
        for (int i = 0; i < state.keys().length; i++) {
            restored.counts.add(state.keys()[i], state.counts()[i], texts ? state.texts().get(i) : null);
        }
        return restored;
    }

    /**
     * Texts as partial profiles written before texts were counted here kept them: a distinct counter (itself
     * exact up to its limit) and a frequent-items sketch. Both carry on as past the limit, so merges stay right.
     */
    public static CountedKeys restoreTexts(DistinctCounter.State distinct, FrequentHashedStrings.State frequent,
                                           int topLimit) {
        CountedKeys restored = new CountedKeys(distinct.exactLimit(), topLimit, true);
        restored.counts = null;
        restored.distinct = DistinctCounter.restore(distinct);
        restored.frequentTexts = FrequentHashedStrings.restore(frequent, topLimit);
        return restored;
    }

    /**
     * While exact: the keys, their counts and (texts) their texts at the same positions; else the distinct
     * counter's state and the frequent-items sketch: {@code frequent} (numbers, dates) or {@code frequentTexts}.
     */
    public record State(int exactLimit, long[] keys, long[] counts, List<String> texts, DistinctCounter.State distinct,
                        byte[] frequent, FrequentHashedStrings.State frequentTexts) {
    }
}
