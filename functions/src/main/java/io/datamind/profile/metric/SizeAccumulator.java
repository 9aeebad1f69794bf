package io.datamind.profile.metric;

import io.datamind.profile.SizeStats;

/** Byte sizes of opaque values (binary, geometry); the values themselves are never fetched. */
public final class SizeAccumulator {

    private long count;
    private long total;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    public void add(long bytes) {
        count++;
        total += bytes;
        if (bytes < min) {
            min = bytes;
        }
        if (bytes > max) {
            max = bytes;
        }
    }

    public void merge(SizeAccumulator other) {
        count += other.count;
        total += other.total;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    public State state() {
        return new State(count, total, count == 0 ? 0 : min, count == 0 ? 0 : max);
    }

    public static SizeAccumulator restore(State state) {
        SizeAccumulator sizes = new SizeAccumulator();
        sizes.count = state.count();
        sizes.total = state.total();
        sizes.min = state.count() == 0 ? Long.MAX_VALUE : state.min();
        sizes.max = state.count() == 0 ? Long.MIN_VALUE : state.max();
        return sizes;
    }

    public record State(long count, long total, long min, long max) {
    }

    public SizeStats result() {
        return count == 0 ? null : new SizeStats(min, (double) total / count, max);
    }
}
