package io.datamind.profile;

import io.datamind.profile.metric.SizeAccumulator;
import io.datamind.scan.ColumnSchema;
import java.sql.SQLException;

/**
 * Binary and geometry columns: only the byte length is selected, so the profile has sizes and nullness,
 * and no distinct count, top values or examples.
 */
final class OpaqueColumnProfiler extends ColumnProfiler {

    private SizeAccumulator sizes = new SizeAccumulator();

    OpaqueColumnProfiler(ColumnSchema column, int index) {
        super(column, index);
    }

    @Override
    void read(ProfileRow row) throws SQLException {
        long bytes = row.getLong(index);
        if (row.wasNull()) {
            nulls++;
        } else {
            sizes.add(bytes);
        }
    }

    @Override
    void merge(ColumnProfiler other) {
        OpaqueColumnProfiler that = (OpaqueColumnProfiler) other;
        nulls += that.nulls;
        sizes.merge(that.sizes);
    }

    @Override
    ColumnState state() {
        return ColumnState.of(column.name(), nulls).withSizes(sizes.state());
    }

    @Override
    void restore(ColumnState state) {
        nulls = state.nulls();
        sizes = SizeAccumulator.restore(state.sizes());
    }

    @Override
    ColumnProfile result(long rows) {
        return base(rows).size(sizes.result()).build();
    }
}
