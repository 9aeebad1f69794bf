package io.datamind.profile;

import io.datamind.scan.TableSchema;

/**
 * @param fullModeMaxRows in AUTO mode, tables estimated above this many rows are sampled
 * @param sampleRows      how many rows a sampled profile reads (about)
 * @param exactDistinctLimit distinct values counted exactly up to this many, then estimated by a sketch
 * @param fetchSize       rows per round trip while streaming
 * @param parallelSlices  a table of at least {@link #PARALLEL_MIN_ROWS} rows is read over this many connections at
 *                        once (1: one stream): a full scan in as many slices, merged; a sample, where the database
 *                        can share a snapshot (PostgreSQL), in as many groups of columns
 */
public record ProfileOptions(ProfileMode mode, long fullModeMaxRows, long sampleRows, int exactDistinctLimit, int fetchSize,
                             int parallelSlices) {

    /**
     * 30,000 sampled rows: what PostgreSQL's ANALYZE reads at its default statistics target. The sampling
     * error of a share (null ratio, a value's frequency, a quantile's rank) is then at most ±0.6% at 95%,
     * below the quantile sketch's own rank error (±1.65%).
     */
    public static final long DEFAULT_SAMPLE_ROWS = 30_000;
    public static final long PARALLEL_MIN_ROWS = 1_000_000;
    public static final ProfileOptions DEFAULTS = new ProfileOptions(ProfileMode.AUTO, 1_000_000, DEFAULT_SAMPLE_ROWS, 10_000, 10_000);

    public ProfileOptions(ProfileMode mode, long fullModeMaxRows, long sampleRows, int exactDistinctLimit, int fetchSize) {
        this(mode, fullModeMaxRows, sampleRows, exactDistinctLimit, fetchSize, 1);
    }

    public ProfileOptions {
        if (mode == null) {
            mode = ProfileMode.AUTO;
        }
        if (sampleRows <= 0) {
            throw new IllegalArgumentException("--sample-rows must be positive, got " + sampleRows);
        }
        if (parallelSlices < 1) {
            throw new IllegalArgumentException("--profile-slices must be at least 1, got " + parallelSlices);
        }
    }

    /** AUTO and HYBRID sample only when the catalog says the table is larger than the full-mode limit. */
    public boolean samples(TableSchema schema) {
        return switch (mode) {
            case FULL -> false;
            case SAMPLE -> true;
            case AUTO, HYBRID -> schema.rowCount() != null && schema.rowCount().value() > fullModeMaxRows;
        };
    }

    /** Whether the profile also counts {@link ColumnTotals} over every row: a hybrid profile that samples. */
    public boolean countsTotals(TableSchema schema) {
        return mode == ProfileMode.HYBRID && samples(schema);
    }

    public ProfileOptions withMode(ProfileMode newMode) {
        return new ProfileOptions(newMode, fullModeMaxRows, sampleRows, exactDistinctLimit, fetchSize, parallelSlices);
    }

    public ProfileOptions withSampleRows(long rows) {
        return new ProfileOptions(mode, fullModeMaxRows, rows, exactDistinctLimit, fetchSize, parallelSlices);
    }

    public ProfileOptions withParallelSlices(int slices) {
        return new ProfileOptions(mode, fullModeMaxRows, sampleRows, exactDistinctLimit, fetchSize, slices);
    }
}
