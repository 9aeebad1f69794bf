package io.datamind.profile;

/**
 * A part of a table that one invocation profiles: the rows a SQL predicate selects, or the records of a range of a
 * data file (bytes of a text file, row groups of a Parquet file). Slices of one plan are disjoint and together cover
 * the table, so their partial profiles merge into the table's profile.
 *
 * @param index     0-based position in the plan
 * @param count     slices in the plan
 * @param predicate SQL condition selecting the slice's rows; null for the whole table and for a file slice
 * @param range     the part of a data file the slice reads; null for the whole table and for a SQL slice
 * @param label     human-readable range, recorded in the partial profile ("blocks 0–102399", "bytes 0–1073741823")
 */
public record TableSlice(int index, int count, String predicate, FileRange range, String label) {

    public static final TableSlice WHOLE = new TableSlice(0, 1, null, null, "whole table");

    public TableSlice {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("slice " + index + " of " + count + " does not exist");
        }
    }

    /** A slice of rows selected by {@code predicate}. */
    public TableSlice(int index, int count, String predicate, String label) {
        this(index, count, predicate, null, label);
    }

    /** A slice of a data file. */
    public TableSlice(int index, int count, FileRange range, String label) {
        this(index, count, null, range, label);
    }

    public boolean whole() {
        return predicate == null && range == null;
    }
}
