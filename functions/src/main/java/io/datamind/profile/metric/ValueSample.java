package io.datamind.profile.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A uniform, seeded sample of up to {@code capacity} values, repeats included, so shares measured on it
 * estimate shares of rows. It is what the classifier sees of a column.
 * Callers ask {@link #wants()} for each value and render the value only when it says yes, then {@link #store} it.
 */
public final class ValueSample {

    private final String[] values;
    private final ReservoirSchedule schedule;
    private int pendingSlot = -1;

    public ValueSample(int capacity, long seed) {
        this.values = new String[capacity];
        this.schedule = new ReservoirSchedule(capacity, seed);
    }

    /** Counts one value; true when the caller must {@link #store} it. */
    public boolean wants() {
        pendingSlot = schedule.offer();
        return pendingSlot >= 0;
    }

    public void store(String value) {
        values[pendingSlot] = value;
        schedule.stored(pendingSlot);
    }

    public List<String> result() {
        return new ArrayList<>(Arrays.asList(values).subList(0, schedule.filled()));
    }
}
