package io.datamind.files;

import java.util.Map;

/**
 * Bounds on what reading one data file may cost. Exceeding {@code maxBytes} or {@code maxSpillBytes} fails the table
 * with a message naming the limit; {@code maxRows} ends the profile early (the profile then says "first N rows");
 * JSON nested deeper than {@code maxDepth} is kept as JSON text in one column.
 *
 * @param maxBytes       largest stored file size read (DATAMIND_FILES_MAX_BYTES, --max-file-bytes)
 * @param maxRows        rows profiled per file at most (DATAMIND_FILES_MAX_ROWS, --max-file-rows)
 * @param maxDepth       object nesting flattened into dotted columns (DATAMIND_FILES_MAX_DEPTH, --max-depth)
 * @param maxSpillBytes  bytes a gzip-compressed Parquet file may take once decompressed to a temporary file
 *                       (DATAMIND_FILES_MAX_SPILL_BYTES, --max-spill-bytes); Parquet needs random access
 * @param inferenceRows  first rows examined to infer column names and types
 */
public record FileLimits(long maxBytes, long maxRows, int maxDepth, long maxSpillBytes, int inferenceRows) {

    public static final FileLimits DEFAULTS = new FileLimits(10L << 30, 10_000_000L, 5, 512L << 20, 10_000);

    public FileLimits {
        positive("maximum file size", maxBytes);
        positive("maximum rows", maxRows);
        positive("maximum depth", maxDepth);
        positive("maximum spill size", maxSpillBytes);
        positive("inference rows", inferenceRows);
    }

    /** The DATAMIND_FILES_* variables over the defaults. */
    public static FileLimits fromEnvironment(Map<String, String> env) {
        return new FileLimits(
                number(env, "DATAMIND_FILES_MAX_BYTES", DEFAULTS.maxBytes),
                number(env, "DATAMIND_FILES_MAX_ROWS", DEFAULTS.maxRows),
                (int) number(env, "DATAMIND_FILES_MAX_DEPTH", DEFAULTS.maxDepth),
                number(env, "DATAMIND_FILES_MAX_SPILL_BYTES", DEFAULTS.maxSpillBytes),
                DEFAULTS.inferenceRows);
    }

    public FileLimits withMaxBytes(long bytes) {
        return new FileLimits(bytes, maxRows, maxDepth, maxSpillBytes, inferenceRows);
    }

    public FileLimits withMaxRows(long rows) {
        return new FileLimits(maxBytes, rows, maxDepth, maxSpillBytes, inferenceRows);
    }

    public FileLimits withMaxDepth(int depth) {
        return new FileLimits(maxBytes, maxRows, depth, maxSpillBytes, inferenceRows);
    }

    public FileLimits withMaxSpillBytes(long bytes) {
        return new FileLimits(maxBytes, maxRows, maxDepth, bytes, inferenceRows);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, got " + value);
        }
    }

    private static void positive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
