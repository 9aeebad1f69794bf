package io.datamind.pipeline;

import io.datamind.profile.ProfileOptions;

/**
 * @param sourceName         name shown in the documentation (defaults to the database name)
 * @param parallelism        tables documented at the same time (each holds one connection)
 * @param profileConcurrency tables profiled at the same time, at most {@code parallelism}: profiling is CPU work (the
 *                           database's and this process's), while describing mostly waits for the model, so many
 *                           tables can wait for a model answer while few are profiled; 0 means
 *                           {@link #defaultProfileConcurrency()}
 */
public record RunOptions(String sourceName, ProfileOptions profile, int parallelism, int profileConcurrency) {

    public RunOptions(String sourceName, ProfileOptions profile, int parallelism) {
        this(sourceName, profile, parallelism, 0);
    }

    public RunOptions {
        if (parallelism < 1 || parallelism > 256) {
            throw new IllegalArgumentException("--parallelism must be between 1 and 256, got " + parallelism);
        }
        if (profileConcurrency < 0) {
            throw new IllegalArgumentException("--profile-concurrency must be at least 1, got " + profileConcurrency);
        }
        profile = profile == null ? ProfileOptions.DEFAULTS : profile;
        profileConcurrency = Math.min(parallelism, profileConcurrency == 0 ? defaultProfileConcurrency() : profileConcurrency);
    }

    /**
     * The most connections a local run holds at once: one per worker, and one per slice while a table is profiled
     * in slices (at most {@code profileConcurrency} tables at once).
     */
    public int connectionsAtOnce() {
        return parallelism + profileConcurrency * (profile.parallelSlices() - 1);
    }

    /**
     * Two per core: enough to keep this process and a database on the same machine busy. More in flight only
     * adds memory (every table holds its columns' sketches and a fetch batch) and contention; on 2 cores, 32
     * tables profiled at once spent a third of a 500-table run in GC pauses.
     */
    public static int defaultProfileConcurrency() {
        return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }
}
