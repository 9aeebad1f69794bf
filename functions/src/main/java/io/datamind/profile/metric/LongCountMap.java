package io.datamind.profile.metric;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to long counts, or a plain set of keys ({@link #keysOnly}, half the
 * memory, for distinct counting), or counts plus the text each key was first added with ({@link #withTexts}:
 * keys that are hashes of texts). The build has no primitive-collections library, and boxing every value
 * into a {@code HashMap<Long, …>} would dominate the profiler's hot loop.
 */
public final class LongCountMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private long[] counts;
    private String[] texts;
    private boolean hasEmptyKey;
    private long emptyKeyCount;
    private String emptyKeyText;
    private int size;

    public LongCountMap(int expectedSize) {
        this(expectedSize, true, false);
    }

    private LongCountMap(int expectedSize, boolean withCounts, boolean withTexts) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
        keys = new long[capacity];
        counts = withCounts ? new long[capacity] : null;
        texts = withTexts ? new String[capacity] : null;
        Arrays.fill(keys, EMPTY);
    }

    /** A set: {@link #add} ignores the delta and {@link #forEach} reports a count of 0. */
    public static LongCountMap keysOnly(int expectedSize) {
        return new LongCountMap(expectedSize, false, false);
    }

    /** Counts that also keep, per key, the text given when the key was added first ({@link #add(long, long, String)}). */
    public static LongCountMap withTexts(int expectedSize) {
        return new LongCountMap(expectedSize, true, true);
    }

    /** Adds {@code delta} to the count of {@code key}; returns true when the key is new. */
    public boolean add(long key, long delta) {
        return add(key, delta, null);
    }

    /**
     * As {@link #add(long, long)}; a new key also keeps {@code text} when the map keeps texts. Only a new key
     * stores anything, so a repeated value costs one probe, as without texts.
     */
    public boolean add(long key, long delta, String text) {
        if (key == EMPTY) {
            boolean added = !hasEmptyKey;
            hasEmptyKey = true;
            emptyKeyCount += delta;
            if (added) {
                size++;
                emptyKeyText = texts == null ? null : text;
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
                if (texts != null) {
                    texts[slot] = text;
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
        forEachText((key, count, text) -> visitor.visit(key, count));
    }

    public interface TextVisitor {
        void visit(long key, long count, String text);
    }

    /** As {@link #forEach}, with each key's text (null when the map keeps no texts). */
    public void forEachText(TextVisitor visitor) {
        if (hasEmptyKey) {
            visitor.visit(EMPTY, emptyKeyCount, emptyKeyText);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], counts == null ? 0 : counts[i], texts == null ? null : texts[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        String[] oldTexts = texts;
        keys = new long[oldKeys.length * 2];
        counts = oldCounts == null ? null : new long[oldKeys.length * 2];
        texts = oldTexts == null ? null : new String[oldKeys.length * 2];
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
                if (texts != null) {
                    texts[slot] = oldTexts[i];
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
