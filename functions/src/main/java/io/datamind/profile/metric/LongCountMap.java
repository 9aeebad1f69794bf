package io.datamind.profile.metric;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to long counts, or a plain set of keys ({@link #keysOnly}, half the
 * memory, for distinct counting). The build has no primitive-collections library, and boxing every value
 * into a {@code HashMap<Long, …>} would dominate the profiler's hot loop.
 */
public final class LongCountMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private long[] counts;
    private boolean hasEmptyKey;
    private long emptyKeyCount;
    private int size;

    public LongCountMap(int expectedSize) {
        this(expectedSize, true);
    }

    private LongCountMap(int expectedSize, boolean withCounts) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
        keys = new long[capacity];
        counts = withCounts ? new long[capacity] : null;
        Arrays.fill(keys, EMPTY);
    }

    /** A set: {@link #add} ignores the delta and {@link #forEach} reports a count of 0. */
    public static LongCountMap keysOnly(int expectedSize) {
        return new LongCountMap(expectedSize, false);
    }

    /** Adds {@code delta} to the count of {@code key}; returns true when the key is new. */
    public boolean add(long key, long delta) {
        if (key == EMPTY) {
            boolean added = !hasEmptyKey;
            hasEmptyKey = true;
            emptyKeyCount += delta;
            if (added) {
                size++;
            }
            return added;
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            long existing = keys[slot];
            if (existing == key) {
                if (counts != null) {
                    counts[slot] += delta;
                }
                return false;
            }
            if (existing == EMPTY) {
                keys[slot] = key;
                if (counts != null) {
                    counts[slot] = delta;
                }
                if (++size * 4 > keys.length * 3) {
                    grow();
                }
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    public boolean contains(long key) {
        if (key == EMPTY) {
            return hasEmptyKey;
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            long existing = keys[slot];
            if (existing == key) {
                return true;
            }
            if (existing == EMPTY) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    public interface Visitor {
        void visit(long key, long count);
    }

    public void forEach(Visitor visitor) {
        if (hasEmptyKey) {
            visitor.visit(EMPTY, emptyKeyCount);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], counts == null ? 0 : counts[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = oldCounts == null ? null : new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long key = oldKeys[i];
            if (key != EMPTY) {
                int slot = mix(key) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                if (counts != null) {
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }

    /** Sequential keys (ids, days) would cluster in linear probing without a strong mix. */
    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        return (int) (h ^ (h >>> 16));
    }
}
