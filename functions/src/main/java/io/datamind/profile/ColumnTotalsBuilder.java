package io.datamind.profile;

import io.datamind.scan.ColumnSchema;

/** Collects what the {@link TotalsFigure}s of one column read, then builds its {@link ColumnTotals}. */
final class ColumnTotalsBuilder {

    private final ColumnSchema column;
    private final long rows;
    private long nonNull;
    private ColumnTotals.NumberRange numeric;
    private ColumnTotals.TimeRange temporal;
    private Long emptyCount;
    private Long trueCount;
    private ColumnTotals.ByteRange size;

    /** Every row holds a value until {@link TotalsFigure#NON_NULL} says otherwise. */
    ColumnTotalsBuilder(ColumnSchema column, long rows) {
        this.column = column;
        this.rows = rows;
        this.nonNull = rows;
    }

    ColumnSchema column() {
        return column;
    }

    void nonNull(long count) {
        nonNull = count;
    }

    void numeric(ColumnTotals.NumberRange range) {
        numeric = range;
    }

    void temporal(ColumnTotals.TimeRange range) {
        temporal = range;
    }

    void empty(long count) {
        emptyCount = count;
    }

    void trues(long count) {
        trueCount = count;
    }

    void size(ColumnTotals.ByteRange range) {
        size = range;
    }

    ColumnTotals build() {
        long nulls = rows - nonNull;
        double nullRatio = rows == 0 ? 0.0 : (double) nulls / rows;
        BooleanStats bool = trueCount == null ? null : new BooleanStats(trueCount, nonNull - trueCount);
        return new ColumnTotals(nulls, nullRatio, numeric, temporal, emptyCount, bool, size);
    }
}
