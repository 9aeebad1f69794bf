package io.datamind.profile;

import io.datamind.profile.metric.Moments;
import io.datamind.profile.metric.QuantileSketch;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TypeFamily;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;

/**
 * Integers, decimals and floats. Integers are read as longs; decimals and floats as doubles (the driver
 * converts a BigDecimal), which is precise enough for statistics. Values are keyed as longs for the
 * distinct count and top values, so nothing is boxed per row.
 */
final class NumericColumnProfiler extends ColumnProfiler {

    private final boolean integral;
    private Moments moments = new Moments();
    private QuantileSketch quantiles = new QuantileSketch();
    private final LongValues values;

    NumericColumnProfiler(ColumnSchema column, int index, ProfileOptions options, long seed) {
        super(column, index);
        this.integral = column.family() == TypeFamily.INTEGER && fitsInLong(column.declaredType());
        this.values = new LongValues(options, seed, integral ? Long::toString : NumericColumnProfiler::renderDouble);
    }

    @Override
    void read(ProfileRow row) throws SQLException {
        if (integral) {
            readLong(row);
        } else {
            readDouble(row);
        }
    }

    private void readLong(ProfileRow row) throws SQLException {
        long value;
        try {
            value = row.getLong(index);
        } catch (SQLException outOfLongRange) {
            readWideInteger(row);
            return;
        }
        if (row.wasNull()) {
            nulls++;
            return;
        }
        values.add(value);
        double asDouble = value;
        moments.add(asDouble);
        quantiles.add(asDouble);
    }

    /** Unsigned BIGINT and NUMERIC(p, 0) can exceed a long: such columns are read as doubles from the start. */
    private static boolean fitsInLong(String declaredType) {
        String type = declaredType == null ? "" : declaredType.toLowerCase(java.util.Locale.ROOT);
        return !(type.contains("unsigned") || type.startsWith("numeric") || type.startsWith("decimal")
                || type.startsWith("number"));
    }

    /**
     * A value beyond 64 bits in a column declared otherwise: it counts in the statistics, but not in the
     * long-keyed distinct count, top values and examples, where its key would be rendered as a long.
     */
    private void readWideInteger(ProfileRow row) throws SQLException {
        BigDecimal wide = row.getBigDecimal(index);
        if (wide == null) {
            nulls++;
            return;
        }
        double value = wide.doubleValue();
        if (Double.isFinite(value)) {
            moments.add(value);
            quantiles.add(value);
        }
    }

    private void readDouble(ProfileRow row) throws SQLException {
        double value = row.getDouble(index);
        if (row.wasNull()) {
            nulls++;
            return;
        }
        addDouble(value);
    }

    private void addDouble(double value) {
        double normalized = value == 0.0 ? 0.0 : value;
        values.add(Double.doubleToLongBits(normalized));
        if (Double.isFinite(normalized)) {
            moments.add(normalized);
            quantiles.add(normalized);
        }
    }

    private static String renderDouble(long bits) {
        double value = Double.longBitsToDouble(bits);
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
    }

    @Override
    void merge(ColumnProfiler other) {
        NumericColumnProfiler that = (NumericColumnProfiler) other;
        nulls += that.nulls;
        values.merge(that.values);
        moments.merge(that.moments);
        quantiles.merge(that.quantiles);
    }

    @Override
    ColumnState state() {
        return ColumnState.of(column.name(), nulls).withValues(values.state())
                .withNumbers(moments.state(), quantiles.state());
    }

    @Override
    void restore(ColumnState state) {
        nulls = state.nulls();
        values.restore(state.values());
        moments = Moments.restore(state.moments());
        quantiles = QuantileSketch.restore(state.quantiles());
    }

    @Override
    List<String> classifierSample() {
        return values.classifierSample();
    }

    @Override
    ColumnProfile result(long rows) {
        ColumnProfileBuilder builder = values.into(base(rows));
        if (moments.count() > 0) {
            builder.numeric(new NumericStats(moments.min(), moments.max(), moments.mean(), moments.stddev(),
                    moments.sum(), moments.zeros(), moments.negatives(), quantiles.quantiles(), quantiles.histogram()));
        }
        return builder.build();
    }
}
