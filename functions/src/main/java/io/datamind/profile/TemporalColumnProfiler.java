package io.datamind.profile;

import io.datamind.profile.metric.PeriodDistribution;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TypeFamily;
import java.sql.SQLException;
import java.util.List;

/**
 * Dates, timestamps and times, keyed as longs (epoch day, epoch microsecond, nanosecond of day) by a
 * {@link TemporalReader}, which also renders them (timestamps with a time zone in UTC, with a trailing "Z").
 */
final class TemporalColumnProfiler extends ColumnProfiler {

    private final TemporalReader reader;
    private final LongValues values;
    private PeriodDistribution periods;
    private long minKey = Long.MAX_VALUE;
    private long maxKey = Long.MIN_VALUE;
    private long count;

    TemporalColumnProfiler(ColumnSchema column, int index, ProfileOptions options, long seed) {
        super(column, index);
        this.reader = new TemporalReader(column);
        this.values = new LongValues(options, seed, reader::render);
        this.periods = column.family() == TypeFamily.TIME ? null : new PeriodDistribution();
    }

    @Override
    void read(ProfileRow row) throws SQLException {
        switch (reader.read(row, index)) {
            case NULL -> nulls++;
            case VALUE -> accept(reader.key());
            case UNREADABLE -> { }
        }
    }

    private void accept(long key) {
        count++;
        if (key < minKey) {
            minKey = key;
        }
        if (key > maxKey) {
            maxKey = key;
        }
        if (periods != null) {
            periods.addEpochDay(reader.epochDay(key));
        }
        values.add(key);
    }

    /** A slice that fell back to OFFSET or TEXT reading tells the merged column how its values render. */
    @Override
    void merge(ColumnProfiler other) {
        TemporalColumnProfiler that = (TemporalColumnProfiler) other;
        nulls += that.nulls;
        values.merge(that.values);
        if (periods != null) {
            periods.merge(that.periods);
        }
        count += that.count;
        minKey = Math.min(minKey, that.minKey);
        maxKey = Math.max(maxKey, that.maxKey);
        reader.widenTo(that.reader.access());
    }

    @Override
    ColumnState state() {
        return ColumnState.of(column.name(), nulls).withValues(values.state()).withTemporal(new ColumnState.TemporalState(
                count, minKey, maxKey, reader.access().name(), periods == null ? null : periods.state()));
    }

    @Override
    void restore(ColumnState state) {
        ColumnState.TemporalState temporal = state.temporal();
        nulls = state.nulls();
        values.restore(state.values());
        count = temporal.count();
        minKey = temporal.minKey();
        maxKey = temporal.maxKey();
        reader.widenTo(TemporalReader.Access.valueOf(temporal.access()));
        periods = temporal.periods() == null ? null : PeriodDistribution.restore(temporal.periods());
    }

    @Override
    List<String> classifierSample() {
        return values.classifierSample();
    }

    @Override
    ColumnProfile result(long rows) {
        ColumnProfileBuilder builder = values.into(base(rows));
        if (count > 0) {
            String min = reader.render(minKey);
            String max = reader.render(maxKey);
            builder.temporal(periods == null ? new TemporalStats(min, max, null, null) : periods.result(min, max));
        }
        return builder.build();
    }
}
