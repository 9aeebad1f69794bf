package io.datamind.profile.metric;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to long counts. The build has no primitive-collections library,
 * and boxing every value into a {@code HashMap<Long, …>} would dominate the profiler's hot loop.
 */
public final class LongCountMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private long[] counts;
    private boolean hasEmptyKey;
    private long emptyKeyCount;
    private int size;

    public LongCountMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
        keys = new long[capacity];
        counts = new long[capacity];
        Arrays.fill(keys, EMPTY);
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
                counts[slot] += delta;
                return false;
            }
            if (existing == EMPTY) {
                keys[slot] = key;
                counts[slot] = delta;
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
                visitor.visit(keys[i], counts[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
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
                counts[slot] = oldCounts[i];
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
