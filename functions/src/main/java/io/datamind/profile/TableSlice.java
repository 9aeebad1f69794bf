package io.datamind.profile;

/**
 * A part of a table that one invocation profiles: the rows a SQL predicate selects. Slices of one plan are
 * disjoint and together cover the table, so their partial profiles merge into the table's profile.
 * File datasets slice by byte ranges instead; that is the files reader's business, and a file slice only
 * has to produce the same {@link PartialProfile}.
 *
 * @param index     0-based position in the plan
 * @param count     slices in the plan
 * @param predicate SQL condition selecting the slice's rows, null for the whole table
 * @param label     human-readable range, recorded in the partial profile ("blocks 0–102399")
 */
public record TableSlice(int index, int count, String predicate, String label) {

    public static final TableSlice WHOLE = new TableSlice(0, 1, null, "whole table");

    public TableSlice {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("slice " + index + " of " + count + " does not exist");
        }
    }

    public boolean whole() {
        return predicate == null;
    }
}
