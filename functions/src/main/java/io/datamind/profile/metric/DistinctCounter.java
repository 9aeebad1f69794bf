package io.datamind.profile.metric;

import io.datamind.profile.DistinctCount;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * Distinct non-null values: exact in a hash set up to a limit, then a HyperLogLog sketch.
 * Values are given as 64-bit keys (the value itself for numbers and dates, a 64-bit hash for text),
 * so "exact" is exact up to hash collisions, which are negligible (p below 1e-11 at 10,000 values)
 * and keep memory independent of value length.
 */
public final class DistinctCounter {

    static final int LG_K = 12;
    private static final TgtHllType TYPE = TgtHllType.HLL_8;
    private static final int CONFIDENCE_STD_DEVS = 2;

    private final int exactLimit;
    private LongCountMap exact;
    private HllSketch sketch;

    public DistinctCounter(int exactLimit) {
        this.exactLimit = Math.max(0, exactLimit);
        this.exact = LongCountMap.keysOnly(Math.min(this.exactLimit, 1024));
    }

    /** A counter past its exact phase: every key goes straight to the sketch. */
    static DistinctCounter sketching(int exactLimit) {
        DistinctCounter counter = new DistinctCounter(exactLimit);
        counter.exact = null;
        counter.sketch = newSketch();
        return counter;
    }

    /** One byte per register: a third cheaper to update than 4-bit registers, for 4 KB instead of 2 KB. */
    private static HllSketch newSketch() {
        return new HllSketch(LG_K, TYPE);
    }

    public void add(long key) {
        if (exact != null) {
            if (exact.add(key, 1) && exact.size() > exactLimit) {
                switchToSketch();
            }
        } else {
            sketch.update(key);
        }
    }

    /** The set held every distinct value so far, and replaying distinct values is what HLL would have seen. */
    private void switchToSketch() {
        HllSketch hll = newSketch();
        exact.forEach((key, count) -> hll.update(key));
        sketch = hll;
        exact = null;
    }

    /**
     * Two exact sets merge into an exact set (the union), which turns into a sketch past the limit like a
     * single pass would; otherwise the HLL union, which is lossless for sketches of the same lgK.
     */
    public void merge(DistinctCounter other) {
        if (exact != null && other.exact != null) {
            other.exact.forEach((key, count) -> add(key));
            return;
        }
        if (exact != null) {
            switchToSketch();
        }
        Union union = new Union(LG_K);
        union.update(sketch);
        if (other.exact != null) {
            other.exact.forEach((key, count) -> union.update(key));
        } else {
            union.update(other.sketch);
        }
        sketch = union.getResult(TYPE);
    }

    /** Exact keys while exact (at most the limit: 8 bytes each), else the compact HLL image (about 4 KB). */
    public State state() {
        if (exact != null) {
            long[] keys = new long[exact.size()];
            int[] next = {0};
            exact.forEach((key, count) -> keys[next[0]++] = key);
            return new State(exactLimit, keys, null);
        }
        return new State(exactLimit, null, sketch.toCompactByteArray());
    }

    public static DistinctCounter restore(State state) {
        DistinctCounter counter = new DistinctCounter(state.exactLimit());
        if (state.hll() != null) {
            counter.exact = null;
            counter.sketch = HllSketch.heapify(state.hll());
        } else {
            for (long key : state.keys()) {
                counter.exact.add(key, 1);
            }
        }
        return counter;
    }

    /** @param keys the distinct keys while counting exactly, else null; @param hll the sketch image, else null */
    public record State(int exactLimit, long[] keys, byte[] hll) {
    }

    public DistinctCount result() {
        if (exact != null) {
            return DistinctCount.exact(exact.size());
        }
        return new DistinctCount(Math.round(sketch.getEstimate()), false,
                (long) Math.floor(sketch.getLowerBound(CONFIDENCE_STD_DEVS)),
                (long) Math.ceil(sketch.getUpperBound(CONFIDENCE_STD_DEVS)));
    }
}
