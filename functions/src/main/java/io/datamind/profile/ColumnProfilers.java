package io.datamind.profile;

import io.datamind.scan.ColumnSchema;

/** Which profiler reads a column, by its type family; shared by the JDBC and the row-stream profile. */
final class ColumnProfilers {

    private ColumnProfilers() {
    }

    static ColumnProfiler create(ColumnSchema column, int index, Projection projection, ProfileOptions options, long seed) {
        return switch (column.family()) {
            case INTEGER, DECIMAL, FLOAT -> new NumericColumnProfiler(column, index, options, seed);
            case DATE, TIMESTAMP, TIME -> new TemporalColumnProfiler(column, index, options, seed);
            case BOOLEAN -> new BooleanColumnProfiler(column, index);
            case BINARY, GEOMETRY -> new OpaqueColumnProfiler(column, index);
            case TEXT, JSON, OTHER -> new TextColumnProfiler(column, index, projection, true, options, seed);
            case UUID, ARRAY, INTERVAL -> new TextColumnProfiler(column, index, projection, false, options, seed);
        };
    }
}
