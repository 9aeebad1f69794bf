package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.List;
import java.util.stream.IntStream;

/** Which profiler reads a column, by its type family; shared by the JDBC and the row-stream profile. */
final class ColumnProfilers {

    private static final long SAMPLE_SEED = 42;
    private static final long SLICE_SEED_STRIDE = 1_000_003;

    private ColumnProfilers() {
    }

    /** Each slice draws its reservoirs from its own seeds; the whole table (slice 0) keeps the historical ones. */
    static ColumnProfiler[] forQuery(TableSchema schema, ProfileQuery query, TableSlice slice, ProfileOptions options) {
        return forQuery(schema, query, slice, IntStream.range(0, schema.columns().size()).toArray(), options);
    }

    /** @param positions each column's position in the whole table, which picks its seed */
    static ColumnProfiler[] forQuery(TableSchema schema, ProfileQuery query, TableSlice slice, int[] positions,
                                     ProfileOptions options) {
        List<ColumnSchema> columns = schema.columns();
        ColumnProfiler[] profilers = new ColumnProfiler[columns.size()];
        for (int i = 0; i < profilers.length; i++) {
            profilers[i] = create(columns.get(i), query.firstIndexes()[i], query.projections().get(i), options,
                    seed(positions[i], slice));
        }
        return profilers;
    }

    /** The reservoir seed of the column at {@code position} in the whole table, for one slice of it. */
    static long seed(int position, TableSlice slice) {
        return SAMPLE_SEED + position + SLICE_SEED_STRIDE * slice.index();
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
