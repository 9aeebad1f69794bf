package io.datamind.profile;

import io.datamind.profile.metric.SizeAccumulator;
import io.datamind.scan.ColumnSchema;
import java.sql.SQLException;

/**
 * Binary and geometry columns: only the byte length is selected, so the profile has sizes and nullness,
 * and no distinct count, top values or examples.
 */
final class OpaqueColumnProfiler extends ColumnProfiler {

    private final SizeAccumulator sizes = new SizeAccumulator();

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
    ColumnProfile result(long rows) {
        return base(rows).size(sizes.result()).build();
    }
}
