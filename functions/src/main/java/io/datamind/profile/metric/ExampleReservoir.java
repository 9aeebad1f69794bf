package io.datamind.profile.metric;

import java.util.ArrayList;
import java.util.List;

/**
 * A few distinct example values, drawn uniformly by seeded reservoir sampling ({@link ReservoirSchedule}:
 * most values cost one comparison and are never rendered).
 * Callers ask {@link #wants(long)} with the value's key and render the value only when it says yes.
 */
public final class ExampleReservoir {

    private final long[] keys;
    private final String[] values;
    private final ReservoirSchedule schedule;
    private int pendingSlot = -1;

    public ExampleReservoir(int capacity, long seed) {
        this.keys = new long[capacity];
        this.values = new String[capacity];
        this.schedule = new ReservoirSchedule(capacity, seed);
    }

    /** Counts one value; true when the caller must {@link #store} it. Values already held are never taken twice. */
    public boolean wants(long key) {
        int slot = schedule.offer();
        if (slot < 0 || contains(key)) {
            return false;
        }
        pendingSlot = slot;
        return true;
    }

    public void store(long key, String value) {
        keys[pendingSlot] = key;
        values[pendingSlot] = value;
        schedule.stored(pendingSlot);
    }

    /**
     * Draws slots from both reservoirs as {@link ReservoirSchedule#mergeDraws} says, skipping keys already
     * taken (examples are distinct), then fills any slot left from the other side.
     */
    public void merge(ExampleReservoir other) {
        long[] mineKeys = keys.clone();
        String[] mineValues = values.clone();
        int mineFilled = schedule.filled();
        boolean[] fromMine = schedule.mergeDraws(schedule.seen(), other.schedule.seen());
        long seen = schedule.seen() + other.schedule.seen();
        int filled = 0;
        int a = 0;
        int b = 0;
        for (boolean mine : fromMine) {
            if (mine && a < mineFilled) {
                filled = take(filled, mineKeys[a], mineValues[a++]);
            } else if (b < other.schedule.filled()) {
                filled = take(filled, other.keys[b], other.values[b++]);
            }
        }
        while (filled < keys.length && a < mineFilled) {
            filled = take(filled, mineKeys[a], mineValues[a++]);
        }
        while (filled < keys.length && b < other.schedule.filled()) {
            filled = take(filled, other.keys[b], other.values[b++]);
        }
        schedule.resume(filled, seen);
    }

    private int take(int filled, long key, String value) {
        for (int i = 0; i < filled; i++) {
            if (keys[i] == key) {
                return filled;
            }
        }
        if (filled == keys.length) {
            return filled;
        }
        keys[filled] = key;
        values[filled] = value;
        return filled + 1;
    }

    public State state() {
        int filled = schedule.filled();
        return new State(schedule.seen(), java.util.Arrays.copyOf(keys, filled), result());
    }

    public void restore(State state) {
        for (int i = 0; i < state.keys().length; i++) {
            keys[i] = state.keys()[i];
            values[i] = state.values().get(i);
        }
        schedule.resume(state.keys().length, state.seen());
    }

    /** @param seen values offered so far; @param keys the examples' keys, values at the same positions */
    public record State(long seen, long[] keys, List<String> values) {
    }

    public List<String> result() {
        List<String> out = new ArrayList<>(schedule.filled());
        for (int i = 0; i < schedule.filled(); i++) {
            out.add(values[i]);
        }
        return out;
    }

    private boolean contains(long key) {
        for (int i = 0; i < schedule.filled(); i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }
}
