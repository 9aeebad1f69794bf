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
