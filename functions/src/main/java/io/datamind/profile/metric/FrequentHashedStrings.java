package io.datamind.profile.metric;

import io.datamind.profile.FrequentValues;
import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.frequencies.LongsSketch;

/**
 * Most frequent text values, counted by their 64-bit hash in a primitive frequent-items sketch (no string
 * hashing or equals per row), with the text of each hash the sketch still tracks kept on the side.
 * Every hash that can be listed has its text: an update records it unless the value cannot be listed yet
 * ({@link #mayBeReported}), and pruning drops only untracked hashes.
 */
public final class FrequentHashedStrings {

    private static final int MAX_MAP_SIZE = 2048;
    private static final long EMPTY = 0L;

    private FrequentLongs frequent;
    private LongsSketch sketch;
    private long[] keys;
    private String[] texts;
    private int size;
    private String emptyKeyText;

    public FrequentHashedStrings(int limit) {
        this(limit, MAX_MAP_SIZE);
    }

    /** @param maxMapSize the sketch's map size (a power of 2): it tracks at most 3/4 of it */
    public FrequentHashedStrings(int limit, int maxMapSize) {
        this.frequent = new FrequentLongs(limit, maxMapSize);
        this.sketch = frequent.sketch();
        this.keys = new long[maxMapSize * 4];
        this.texts = new String[maxMapSize * 4];
    }

    /** Merges the counts, then keeps the text of every hash the merged sketch still tracks. */
    public void merge(FrequentHashedStrings other) {
        frequent.merge(other.frequent);
        other.forEachTracked((hash, text) -> remember(hash, text));
        pruneUntracked();
    }

    public State state() {
        List<Long> hashes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        forEachTracked((hash, text) -> {
            hashes.add(hash);
            values.add(text);
        });
        return new State(frequent.state(), hashes.stream().mapToLong(Long::longValue).toArray(), values);
    }

    public static FrequentHashedStrings restore(State state, int limit) {
        return restore(state, limit, MAX_MAP_SIZE);
    }

    public static FrequentHashedStrings restore(State state, int limit, int maxMapSize) {
        FrequentHashedStrings restored = new FrequentHashedStrings(limit, maxMapSize);
        restored.frequent = FrequentLongs.restore(state.sketch(), limit);
        restored.sketch = restored.frequent.sketch();
        for (int i = 0; i < state.hashes().length; i++) {
            restored.remember(state.hashes()[i], state.texts().get(i));
        }
        return restored;
    }

    /** @param hashes the tracked hashes, with their texts at the same positions */
    public record State(byte[] sketch, long[] hashes, List<String> texts) {
    }

    private interface TrackedVisitor {
        void visit(long hash, String text);
    }

    private void forEachTracked(TrackedVisitor visitor) {
        if (emptyKeyText != null && sketch.getEstimate(EMPTY) > 0) {
            visitor.visit(EMPTY, emptyKeyText);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY && sketch.getEstimate(keys[i]) > 0) {
                visitor.visit(keys[i], texts[i]);
            }
        }
    }

    public void add(long hash, String value) {
        add(hash, value, 1);
    }

    /** {@code count} occurrences of {@code value} at once. */
    public void add(long hash, String value, long count) {
        sketch.update(hash, count);
        if (mayBeReported(hash)) {
            remember(hash, value);
        }
    }

    /**
     * Once the sketch has purged, only a value whose own count exceeds the error bound is ever listed, so a
     * value counted once since it (re-)entered the sketch needs no text yet: if it comes again, its text is
     * taken then. On columns of mostly distinct values this skips the text table for almost every row.
     */
    private boolean mayBeReported(long hash) {
        return sketch.getMaximumError() == 0 || sketch.getLowerBound(hash) > 1;
    }

    /**
     * The same as {@link #add(long, String)} for a value held in a buffer: the String is made only for a
     * hash not remembered yet, so a stream that repeats few values allocates almost nothing.
     */
    public void add(long hash, char[] chars, int length) {
        sketch.update(hash);
        if (!mayBeReported(hash)) {
            return;
        }
        if (hash == EMPTY) {
            emptyKeyText = new String(chars, 0, length);
            return;
        }
        int slot = slotOf(hash);
        if (keys[slot] != hash) {
            insert(slot, hash, new String(chars, 0, length));
        }
    }

    private void remember(long hash, String value) {
        if (hash == EMPTY) {
            emptyKeyText = value;
            return;
        }
        int slot = slotOf(hash);
        if (keys[slot] != hash) {
            insert(slot, hash, value);
        }
    }

    /** The slot holding {@code hash}, else the empty slot where it belongs. */
    private int slotOf(long hash) {
        int mask = keys.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void insert(int slot, long hash, String value) {
        keys[slot] = hash;
        texts[slot] = value;
        if (++size > keys.length * 3 / 4) {
            pruneUntracked();
        }
    }

    /** The sketch tracks at most 3/4 of its map size, so pruning frees at least two thirds of the table. */
    private void pruneUntracked() {
        long[] oldKeys = keys;
        String[] oldTexts = texts;
        keys = new long[oldKeys.length];
        texts = new String[oldKeys.length];
        size = 0;
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long hash = oldKeys[i];
            if (hash != EMPTY && sketch.getEstimate(hash) > 0) {
                int slot = (int) (hash ^ (hash >>> 32)) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = hash;
                texts[slot] = oldTexts[i];
                size++;
            }
        }
    }

    private String textOf(long hash) {
        if (hash == EMPTY) {
            return emptyKeyText;
        }
        int slot = slotOf(hash);
        return keys[slot] == hash ? texts[slot] : null;
    }

    public FrequentValues result() {
        return frequent.resultByText(this::textOf);
    }
}
