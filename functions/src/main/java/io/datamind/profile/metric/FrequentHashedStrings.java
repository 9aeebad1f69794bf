package io.datamind.profile.metric;

import io.datamind.profile.FrequentValues;
import org.apache.datasketches.frequencies.LongsSketch;

/**
 * Most frequent text values, counted by their 64-bit hash in a primitive frequent-items sketch (no string
 * hashing or equals per row), with the text of each hash the sketch still tracks kept on the side.
 * Every tracked hash has its text: each update records it, and pruning drops only untracked hashes.
 */
public final class FrequentHashedStrings {

    private static final int MAX_MAP_SIZE = 2048;
    private static final long EMPTY = 0L;

    private final FrequentLongs frequent;
    private final LongsSketch sketch;
    private long[] keys = new long[MAX_MAP_SIZE * 4];
    private String[] texts = new String[MAX_MAP_SIZE * 4];
    private int size;
    private String emptyKeyText;

    public FrequentHashedStrings(int limit) {
        this.frequent = new FrequentLongs(limit, MAX_MAP_SIZE);
        this.sketch = frequent.sketch();
    }

    public void add(long hash, String value) {
        sketch.update(hash);
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
