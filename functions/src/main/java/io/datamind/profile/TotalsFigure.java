package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.TypeFamily;
import java.sql.SQLException;
import java.util.List;

/**
 * One figure a hybrid profile counts over every row: the aggregates it adds to the table's one totals query, and how
 * their values fill the column's totals. Each is cheap per row; the figures a sample estimates well are not here.
 */
enum TotalsFigure {

    /** A NOT NULL column has no NULL to count. */
    NON_NULL {
        boolean appliesTo(ColumnSchema column) {
            return column.nullable();
        }

        List<String> aggregates(Dialect dialect, String quoted) {
            return List.of("COUNT(" + quoted + ")");
        }

        void read(ProfileRow row, int index, ColumnTotalsBuilder into) throws SQLException {
            into.nonNull(row.getLong(index));
        }
    },

    NUMBER_RANGE {
        boolean appliesTo(ColumnSchema column) {
            return column.family().isNumeric();
        }

        List<String> aggregates(Dialect dialect, String quoted) {
            return List.of("MIN(" + quoted + ")", "MAX(" + quoted + ")");
        }

        void read(ProfileRow row, int index, ColumnTotalsBuilder into) throws SQLException {
            double min = row.getDouble(index);
            boolean none = row.wasNull();
            double max = row.getDouble(index + 1);
            if (!none && Double.isFinite(min) && Double.isFinite(max)) {
                into.numeric(new ColumnTotals.NumberRange(min == 0.0 ? 0.0 : min, max == 0.0 ? 0.0 : max));
            }
        }
    },

    TIME_RANGE {
        boolean appliesTo(ColumnSchema column) {
            TypeFamily family = column.family();
            return family == TypeFamily.DATE || family == TypeFamily.TIMESTAMP || family == TypeFamily.TIME;
        }

        List<String> aggregates(Dialect dialect, String quoted) {
            return NUMBER_RANGE.aggregates(dialect, quoted);
        }

        /** Read and rendered as the profile's own values are, so both ranges compare as text. */
        void read(ProfileRow row, int index, ColumnTotalsBuilder into) throws SQLException {
            TemporalReader reader = new TemporalReader(into.column());
            if (reader.read(row, index) != TemporalReader.Outcome.VALUE) {
                return;
            }
            long min = reader.key();
            if (reader.read(row, index + 1) == TemporalReader.Outcome.VALUE) {
                into.temporal(new ColumnTotals.TimeRange(reader.render(min), reader.render(reader.key())));
            }
        }
    },

    /** By byte length: PostgreSQL compares {@code = ''} through the collation, at nearly twice the cost. */
    EMPTY_COUNT {
        boolean appliesTo(ColumnSchema column) {
            return column.family() == TypeFamily.TEXT;
        }

        List<String> aggregates(Dialect dialect, String quoted) {
            return List.of(dialect.countWhere(dialect.byteLengthExpression(quoted) + " = 0"));
        }

        void read(ProfileRow row, int index, ColumnTotalsBuilder into) throws SQLException {
            into.empty(row.getLong(index));
        }
    },

    TRUE_COUNT {
        boolean appliesTo(ColumnSchema column) {
            return column.family() == TypeFamily.BOOLEAN;
        }

        List<String> aggregates(Dialect dialect, String quoted) {
            return List.of(dialect.countWhere(quoted));
        }

        void read(ProfileRow row, int index, ColumnTotalsBuilder into) throws SQLException {
            into.trues(row.getLong(index));
        }
    },

    BYTE_RANGE {
        boolean appliesTo(ColumnSchema column) {
            return column.family().isOpaque();
        }

        List<String> aggregates(Dialect dialect, String quoted) {
            String bytes = dialect.byteLengthExpression(quoted);
            return List.of("MIN(" + bytes + ")", "MAX(" + bytes + ")");
        }

        void read(ProfileRow row, int index, ColumnTotalsBuilder into) throws SQLException {
            long min = row.getLong(index);
            boolean none = row.wasNull();
            long max = row.getLong(index + 1);
            if (!none) {
                into.size(new ColumnTotals.ByteRange(min, max));
            }
        }
    };

    abstract boolean appliesTo(ColumnSchema column);

    /** The aggregates, in the order {@link #read} reads them from {@code index} on. */
    abstract List<String> aggregates(Dialect dialect, String quoted);

    abstract void read(ProfileRow row, int index, ColumnTotalsBuilder into) throws SQLException;
}
