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

    public SizeStats result() {
        return count == 0 ? null : new SizeStats(min, (double) total / count, max);
    }
}
