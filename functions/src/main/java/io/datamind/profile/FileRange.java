package io.datamind.profile;

/**
 * The part of a data file one slice reads. For a text file (CSV, TSV, JSON Lines) bytes {@code [start, end)}: the
 * slice owns the records that start in that range, so it skips to the first line start at or after {@code start}
 * and reads past {@code end} to finish the record it started there. For a Parquet file row groups
 * {@code [start, end)}.
 *
 * @param unit      what {@code start} and {@code end} count
 * @param start     first byte or row group of the slice
 * @param end       first byte or row group after the slice
 * @param fileBytes the file's size when the plan was made: a slice of a file whose size changed since fails, as its
 *                  ranges no longer cover the file exactly once
 */
public record FileRange(Unit unit, long start, long end, long fileBytes) {

    public enum Unit { BYTES, ROW_GROUPS }

    public FileRange {
        if (unit == null || start < 0 || end <= start) {
            throw new IllegalArgumentException("not a file range: " + unit + " " + start + "–" + end);
        }
    }
}
