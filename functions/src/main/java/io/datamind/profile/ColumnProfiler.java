package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads one column's projection from each row and feeds the accumulators its type family needs.
 * One instance per column per profile run; not thread-safe.
 */
abstract class ColumnProfiler {

    protected final ColumnSchema column;
    /** JDBC index of the first expression of this column's projection. */
    protected final int index;
    protected long nulls;

    ColumnProfiler(ColumnSchema column, int index) {
        this.column = column;
        this.index = index;
    }

    abstract void read(ProfileRow row) throws SQLException;

    abstract ColumnProfile result(long rows);

    /** Adds what {@code other} (a profiler of the same column, over other rows) accumulated. */
    abstract void merge(ColumnProfiler other);

    abstract ColumnState state();

    /** Takes over a state written by {@link #state()} of a profiler of the same column; call on a fresh profiler. */
    abstract void restore(ColumnState state);

    /** Up to 500 non-null values as text, repeats included, for the semantic classifier; empty when none are read. */
    List<String> classifierSample() {
        return List.of();
    }

    protected ColumnProfileBuilder base(long rows) {
        return new ColumnProfileBuilder(column.name(), column.family(), rows, nulls);
    }
}
