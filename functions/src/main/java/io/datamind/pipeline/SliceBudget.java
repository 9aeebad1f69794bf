package io.datamind.pipeline;

/**
 * How much one invocation should read when a table is profiled across several: a table of more estimated rows, or a
 * splittable data file of more bytes, is split into slices of about this much each.
 *
 * @param rowsPerInvocation  rows of a table (or of a Parquet file, whose row count is exact) per slice
 * @param bytesPerInvocation bytes of an uncompressed CSV, TSV or JSON Lines file per slice (its rows are not counted
 *                           before it is read)
 */
public record SliceBudget(long rowsPerInvocation, long bytesPerInvocation) {

    /**
     * At most this many slices per table: 64 × 20M rows covers 1.28 billion rows, and each slice adds about six
     * events to the execution history (limited to 25,000 events).
     */
    public static final int MAX_SLICES = 64;

    public SliceBudget {
        if (rowsPerInvocation < 1) {
            throw new IllegalArgumentException("rows per invocation must be positive, got " + rowsPerInvocation);
        }
        if (bytesPerInvocation < 1) {
            throw new IllegalArgumentException("bytes per invocation must be positive, got " + bytesPerInvocation);
        }
    }

    /** ceil(rows ÷ rows per invocation), at least 1 and at most {@link #MAX_SLICES}. */
    public int forRows(long rows) {
        return slices(rows, rowsPerInvocation);
    }

    /** ceil(bytes ÷ bytes per invocation), at least 1 and at most {@link #MAX_SLICES}. */
    public int forBytes(long bytes) {
        return slices(bytes, bytesPerInvocation);
    }

    /** ceil(amount ÷ per slice), at least 1 and at most {@link #MAX_SLICES}. */
    public static int slices(long amount, long perSlice) {
        long slices = amount / perSlice + (amount % perSlice == 0 ? 0 : 1);
        return (int) Math.max(1, Math.min(MAX_SLICES, slices));
    }
}
