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

    /** A uniform sample of both streams together ({@link ReservoirSchedule#mergeDraws}). */
    public void merge(ValueSample other) {
        List<String> mine = result();
        List<String> theirs = other.result();
        boolean[] fromMine = schedule.mergeDraws(schedule.seen(), other.schedule.seen());
        int a = 0;
        int b = 0;
        for (int i = 0; i < fromMine.length; i++) {
            values[i] = fromMine[i] ? mine.get(a++) : theirs.get(b++);
        }
        schedule.resume(fromMine.length, schedule.seen() + other.schedule.seen());
    }

    public State state() {
        return new State(schedule.seen(), result());
    }

    public void restore(State state) {
        List<String> kept = state.values();
        for (int i = 0; i < kept.size(); i++) {
            values[i] = kept.get(i);
        }
        schedule.resume(kept.size(), state.seen());
    }

    /** @param seen values offered so far; @param values the sample */
    public record State(long seen, List<String> values) {
    }

    public List<String> result() {
        return new ArrayList<>(Arrays.asList(values).subList(0, schedule.filled()));
    }
}
