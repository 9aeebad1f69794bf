package io.datamind.pipeline;

import io.datamind.profile.ProfileOptions;

/**
 * @param sourceName  name shown in the documentation (defaults to the database name)
 * @param parallelism tables documented at the same time (each holds one connection)
 */
public record RunOptions(String sourceName, ProfileOptions profile, int parallelism) {
    public RunOptions {
        if (parallelism < 1 || parallelism > 256) {
            throw new IllegalArgumentException("--parallelism must be between 1 and 256, got " + parallelism);
        }
        profile = profile == null ? ProfileOptions.DEFAULTS : profile;
    }
}
