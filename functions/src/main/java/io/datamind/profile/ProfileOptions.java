package io.datamind.profile;

/**
 * @param fullModeMaxRows in AUTO mode, tables estimated above this many rows are sampled
 * @param sampleRows      how many rows a sampled profile reads (about)
 * @param exactDistinctLimit distinct values counted exactly up to this many, then estimated by a sketch
 * @param fetchSize       rows per round trip while streaming
 */
public record ProfileOptions(ProfileMode mode, long fullModeMaxRows, long sampleRows, int exactDistinctLimit, int fetchSize) {

    public static final ProfileOptions DEFAULTS = new ProfileOptions(ProfileMode.AUTO, 1_000_000, 100_000, 10_000, 10_000);

    public ProfileOptions {
        if (mode == null) {
            mode = ProfileMode.AUTO;
        }
        if (sampleRows <= 0) {
            throw new IllegalArgumentException("--sample-rows must be positive, got " + sampleRows);
        }
    }

    public ProfileOptions withMode(ProfileMode newMode) {
        return new ProfileOptions(newMode, fullModeMaxRows, sampleRows, exactDistinctLimit, fetchSize);
    }

    public ProfileOptions withSampleRows(long rows) {
        return new ProfileOptions(mode, fullModeMaxRows, rows, exactDistinctLimit, fetchSize);
    }
}
