package io.datamind.profile.metric;

import io.datamind.profile.DistinctCount;
import org.apache.datasketches.hll.HllSketch;

/**
 * Distinct non-null values: exact in a hash set up to a limit, then a HyperLogLog sketch.
 * Values are given as 64-bit keys (the value itself for numbers and dates, a 64-bit hash for text),
 * so "exact" is exact up to hash collisions, which are negligible (p below 1e-11 at 10,000 values)
 * and keep memory independent of value length.
 */
public final class DistinctCounter {

    static final int LG_K = 12;
    private static final int CONFIDENCE_STD_DEVS = 2;

    private final int exactLimit;
    private LongCountMap exact;
    private HllSketch sketch;

    public DistinctCounter(int exactLimit) {
        this.exactLimit = Math.max(0, exactLimit);
        this.exact = LongCountMap.keysOnly(Math.min(this.exactLimit, 1024));
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
        HllSketch hll = new HllSketch(LG_K);
        exact.forEach((key, count) -> hll.update(key));
        sketch = hll;
        exact = null;
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
