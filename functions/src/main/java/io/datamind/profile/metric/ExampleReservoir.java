package io.datamind.profile.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A few distinct example values, drawn uniformly by seeded reservoir sampling (Li's "Algorithm L":
 * it computes how many values to skip, so most values cost one comparison and are never rendered).
 * Callers ask {@link #wants(long)} with the value's key and render the value only when it says yes.
 */
public final class ExampleReservoir {

    private final long[] keys;
    private final String[] values;
    private final SplittableRandom random;
    private int size;
    private long seen;
    private long nextPick = -1;
    private double w;
    private int pendingSlot = -1;

    public ExampleReservoir(int capacity, long seed) {
        this.keys = new long[capacity];
        this.values = new String[capacity];
        this.random = new SplittableRandom(seed);
    }

    /** Counts one value; true when the caller must {@link #store} it. */
    public boolean wants(long key) {
        long index = seen++;
        if (size < keys.length) {
            if (contains(key)) {
                return false;
            }
            pendingSlot = size;
            return true;
        }
        if (index < nextPick) {
            return false;
        }
        w *= Math.exp(Math.log(uniform()) / keys.length);
        nextPick = index + skip() + 1;
        if (contains(key)) {
            return false;
        }
        pendingSlot = random.nextInt(keys.length);
        return true;
    }

    public void store(long key, String value) {
        keys[pendingSlot] = key;
        values[pendingSlot] = value;
        if (pendingSlot == size) {
            size++;
            if (size == keys.length) {
                w = Math.exp(Math.log(uniform()) / keys.length);
                nextPick = seen + skip();
            }
        }
    }

    public List<String> result() {
        List<String> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(values[i]);
        }
        return out;
    }

    private long skip() {
        double gap = Math.floor(Math.log(uniform()) / Math.log1p(-w));
        return gap >= Long.MAX_VALUE / 2 || Double.isNaN(gap) ? Long.MAX_VALUE / 2 : (long) gap;
    }

    private double uniform() {
        double u = random.nextDouble();
        return u == 0.0 ? Double.MIN_VALUE : u;
    }

    private boolean contains(long key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }
}
