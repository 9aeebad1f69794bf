package io.datamind.profile.metric;

import io.datamind.profile.Histogram;
import io.datamind.profile.Quantiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * Quantiles and an equal-width histogram from one KLL sketch (k=200: normalized rank error about 1.65%).
 * While the sketch is not in estimation mode it holds every value, so both are exact.
 */
public final class QuantileSketch {

    static final int K = 200;
    private static final int MAX_BINS = 20;
    private static final double[] RANKS = {0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99};

    private KllDoublesSketch sketch = KllDoublesSketch.newHeapInstance(K);

    public void add(double value) {
        sketch.update(value);
    }

    /** KLL merges within the same rank error as one sketch of both streams; exact while neither compacted. */
    public void merge(QuantileSketch other) {
        sketch.merge(other.sketch);
    }

    public byte[] state() {
        return sketch.toByteArray();
    }

    public static QuantileSketch restore(byte[] state) {
        QuantileSketch restored = new QuantileSketch();
        restored.sketch = KllDoublesSketch.heapify(Memory.wrap(state));
        return restored;
    }

    public boolean isEmpty() {
        return sketch.isEmpty();
    }

    /** INCLUSIVE: the smallest value whose rank reaches the fraction (SQL's percentile_disc when exact). */
    public Quantiles quantiles() {
        double[] q = sketch.getQuantiles(RANKS, QuantileSearchCriteria.INCLUSIVE);
        return new Quantiles(q[0], q[1], q[2], q[3], q[4], q[5], q[6], !sketch.isEstimationMode());
    }

    /** Bins are [lower, upper) except the last, which includes the maximum. */
    public Histogram histogram() {
        double min = sketch.getMinItem();
        double max = sketch.getMaxItem();
        long n = sketch.getN();
        boolean exact = !sketch.isEstimationMode();
        double width = (max - min) / MAX_BINS;
        if (!(width > 0) || Double.isInfinite(width)) {
            return new Histogram(List.of(new Histogram.Bin(min, max, n)), exact);
        }
        double[] splits = new double[MAX_BINS - 1];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = min + width * (i + 1);
        }
        // counts as differences of rounded cumulative counts: never negative, and they add up to n exactly
        double[] cdf = sketch.getCDF(splits, QuantileSearchCriteria.EXCLUSIVE);
        List<Histogram.Bin> bins = new ArrayList<>(MAX_BINS);
        long before = 0;
        for (int i = 0; i < MAX_BINS; i++) {
            double lower = i == 0 ? min : splits[i - 1];
            double upper = i == MAX_BINS - 1 ? max : splits[i];
            long upTo = i == MAX_BINS - 1 ? n : Math.round(cdf[i] * n);
            bins.add(new Histogram.Bin(lower, upper, upTo - before));
            before = upTo;
        }
        return new Histogram(bins, exact);
    }
}
