package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Booleans need no sketch: two counters give every figure exactly. */
final class BooleanColumnProfiler extends ColumnProfiler {

    private long trueCount;
    private long falseCount;

    BooleanColumnProfiler(ColumnSchema column, int index) {
        super(column, index);
    }

    @Override
    void read(ProfileRow row) throws SQLException {
        boolean value = row.getBoolean(index);
        if (row.wasNull()) {
            nulls++;
        } else if (value) {
            trueCount++;
        } else {
            falseCount++;
        }
    }

    @Override
    void merge(ColumnProfiler other) {
        BooleanColumnProfiler that = (BooleanColumnProfiler) other;
        nulls += that.nulls;
        trueCount += that.trueCount;
        falseCount += that.falseCount;
    }

    @Override
    ColumnState state() {
        return ColumnState.of(column.name(), nulls).withBool(new ColumnState.BooleanState(trueCount, falseCount));
    }

    @Override
    void restore(ColumnState state) {
        nulls = state.nulls();
        trueCount = state.bool().trueCount();
        falseCount = state.bool().falseCount();
    }

    @Override
    ColumnProfile result(long rows) {
        List<ValueCount> counts = new ArrayList<>(2);
        if (trueCount > 0) {
            counts.add(new ValueCount("true", trueCount));
        }
        if (falseCount > 0) {
            counts.add(new ValueCount("false", falseCount));
        }
        counts.sort((a, b) -> Long.compare(b.count(), a.count()));
        List<String> samples = counts.stream().map(ValueCount::value).toList();
        ColumnProfileBuilder builder = base(rows)
                .values(DistinctCount.exact(counts.size()), new FrequentValues(counts, true), samples);
        if (!counts.isEmpty()) {
            builder.bool(new BooleanStats(trueCount, falseCount));
        }
        return builder.build();
    }
}
