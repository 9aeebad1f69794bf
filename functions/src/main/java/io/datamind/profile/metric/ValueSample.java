package io.datamind.profile.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform, seeded sample of up to {@code capacity} values, repeats included (reservoir sampling with Li's
 * "Algorithm L"), so shares measured on it estimate shares of rows. It is what the classifier sees of a column.
 * Callers ask {@link #wants()} for each value and render the value only when it says yes, then {@link #store} it.
 */
public final class ValueSample {

    private final String[] values;
    private final SplittableRandom random;
    private int size;
    private long seen;
    private long nextPick;
    private double w;
    private int pendingSlot = -1;

    public ValueSample(int capacity, long seed) {
        this.values = new String[capacity];
        this.random = new SplittableRandom(seed);
    }

    /** Counts one value; true when the caller must {@link #store} it. */
    public boolean wants() {
        long index = seen++;
        if (size < values.length) {
            pendingSlot = size;
            return true;
        }
        if (index < nextPick) {
            return false;
        }
        w *= Math.exp(Math.log(uniform()) / values.length);
        nextPick = index + skip() + 1;
        pendingSlot = random.nextInt(values.length);
        return true;
    }

    public void store(String value) {
        values[pendingSlot] = value;
        if (pendingSlot == size) {
            size++;
            if (size == values.length) {
                w = Math.exp(Math.log(uniform()) / values.length);
                nextPick = seen + skip();
            }
        }
    }

    public List<String> result() {
        return new ArrayList<>(Arrays.asList(values).subList(0, size));
    }

    private long skip() {
        double gap = Math.floor(Math.log(uniform()) / Math.log1p(-w));
        return gap >= Long.MAX_VALUE / 2 || Double.isNaN(gap) ? Long.MAX_VALUE / 2 : (long) gap;
    }

    private double uniform() {
        double u = random.nextDouble();
        return u == 0.0 ? Double.MIN_VALUE : u;
    }
}
