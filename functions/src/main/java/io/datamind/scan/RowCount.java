package io.datamind.scan;

/** Row count of a table: exact from count(*), or the catalog's estimate for large tables. */
public record RowCount(long value, boolean exact) {
    public static RowCount exact(long value) {
        return new RowCount(value, true);
    }

    public static RowCount estimated(long value) {
        return new RowCount(value, false);
    }
}
