package io.datamind.profile.metric;

import io.datamind.profile.FrequentValues;
import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.frequencies.LongsSketch;

/**
 * Most frequent text values, counted by their 64-bit hash in a primitive frequent-items sketch (no string
 * hashing or equals per row), with the text of each hash the sketch still tracks kept on the side.
 * Every tracked hash has its text: each update records it, and pruning drops only untracked hashes.
 */
public final class FrequentHashedStrings {

    private static final int MAX_MAP_SIZE = 2048;
    private static final long EMPTY = 0L;

    private FrequentLongs frequent;
    private LongsSketch sketch;
    private long[] keys = new long[MAX_MAP_SIZE * 4];
    private String[] texts = new String[MAX_MAP_SIZE * 4];
    private int size;
    private String emptyKeyText;

    public FrequentHashedStrings(int limit) {
        this.frequent = new FrequentLongs(limit, MAX_MAP_SIZE);
        this.sketch = frequent.sketch();
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
        FrequentHashedStrings restored = new FrequentHashedStrings(limit);
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
        sketch.update(hash);
        remember(hash, value);
    }

    private void remember(long hash, String value) {
        if (hash == EMPTY) {
            emptyKeyText = value;
            return;
        }
        int mask = keys.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == hash) {
                return;
            }
            slot = (slot + 1) & mask;
        }
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
        int mask = keys.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return texts[slot];
    }

    public FrequentValues result() {
        return frequent.result(this::textOf);
    }
}
