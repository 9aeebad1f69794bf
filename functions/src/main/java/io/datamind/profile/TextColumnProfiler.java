package io.datamind.profile;

import io.datamind.profile.metric.ShapeCounter;
import io.datamind.profile.metric.TextLengths;
import io.datamind.scan.ColumnSchema;
import java.sql.SQLException;
import java.util.List;

/**
 * Text and every family profiled through its text form (UUID, JSON, ARRAY, INTERVAL, OTHER).
 * For unbounded values the query sends the length and a prefix (or, with a NULL length, the whole short value, which is
 * measured and cut here): lengths are exact, while distinct count, top values, examples and shapes describe the first
 * {@value Projection#PREFIX_CHARS} characters.
 */
final class TextColumnProfiler extends ColumnProfiler {

    private static final int TOP_SHAPES = 5;

    private final boolean lengthAndPrefix;
    private final StringValues values;
    private TextLengths lengths;
    private final ShapeCounter shapes;

    TextColumnProfiler(ColumnSchema column, int index, Projection projection, boolean textStats,
                       ProfileOptions options, long seed) {
        super(column, index);
        this.lengthAndPrefix = projection == Projection.LENGTH_AND_PREFIX;
        this.values = new StringValues(options, seed);
        this.lengths = textStats ? new TextLengths() : null;
        this.shapes = textStats ? new ShapeCounter(TOP_SHAPES) : null;
    }

    @Override
    void read(ProfileRow row) throws SQLException {
        String value;
        int length;
        if (lengthAndPrefix) {
            long measured = row.getLong(index);
            boolean sentWhole = row.wasNull();
            value = row.getString(index + 1);
            if (value != null && sentWhole) {
                length = value.codePointCount(0, value.length());
                value = Projection.prefix(value);
            } else {
                length = (int) Math.min(Integer.MAX_VALUE, measured);
            }
        } else {
            value = row.getString(index);
            length = value == null ? 0 : value.codePointCount(0, value.length());
        }
        if (value == null) {
            nulls++;
            return;
        }
        values.add(value);
        if (lengths != null) {
            lengths.add(length);
            shapes.add(value);
        }
    }

    @Override
    void merge(ColumnProfiler other) {
        TextColumnProfiler that = (TextColumnProfiler) other;
        nulls += that.nulls;
        values.merge(that.values);
        if (lengths != null) {
            lengths.merge(that.lengths);
            shapes.merge(that.shapes);
        }
    }

    @Override
    ColumnState state() {
        ColumnState state = ColumnState.of(column.name(), nulls).withValues(values.state());
        return lengths == null ? state : state.withText(lengths.state(), shapes.state());
    }

    @Override
    void restore(ColumnState state) {
        nulls = state.nulls();
        values.restore(state.values());
        if (lengths != null) {
            lengths = TextLengths.restore(state.lengths());
            shapes.restore(state.shapes());
        }
    }

    @Override
    List<String> classifierSample() {
        return values.classifierSample();
    }

    @Override
    ColumnProfile result(long rows) {
        ColumnProfileBuilder builder = values.into(base(rows));
        if (lengths != null && lengths.count() > 0) {
            builder.text(new TextStats(lengths.min(), lengths.average(), lengths.max(), lengths.empty(), shapes.result()));
        }
        return builder.build();
    }
}
