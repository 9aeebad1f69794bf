package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Computes each profile figure again with plain SQL aggregates on the same table and compares.
 * Tolerances: exact counts are exact; HLL distinct within 3% with the true value inside its bounds;
 * KLL quantiles (k=200) within 1.7% normalized rank; histogram bins within 2 rank errors of n.
 */
final class IndependentFigures {

    static final double HLL_TOLERANCE = 0.03;
    static final double KLL_RANK_ERROR = 0.017;

    private final Connection connection;
    private final String from;
    private final UnaryOperator<String> quote;
    private final String lengthFunction;

    IndependentFigures(Connection connection, String qualifiedTable, UnaryOperator<String> quote, String lengthFunction) {
        this.connection = connection;
        this.from = qualifiedTable;
        this.quote = quote;
        this.lengthFunction = lengthFunction;
    }

    /** Rows, nulls, null ratio and distinct count; {@code distinctExpression} defaults to the column. */
    void assertCommon(TableProfile profile, String column) throws SQLException {
        assertCommon(profile, column, quote.apply(column));
    }

    void assertCommon(TableProfile profile, String column, String distinctExpression) throws SQLException {
        ColumnProfile p = profile.column(column).orElseThrow();
        String c = quote.apply(column);
        double[] row = doubles("SELECT COUNT(*), COUNT(" + c + "), COUNT(DISTINCT " + distinctExpression + ") FROM " + from);
        long rows = (long) row[0];
        long nonNull = (long) row[1];
        long distinct = (long) row[2];
        assertThat(p.rows()).as("%s rows", column).isEqualTo(rows);
        assertThat(p.nullCount()).as("%s nulls", column).isEqualTo(rows - nonNull);
        assertThat(p.nullRatio()).as("%s null ratio", column).isCloseTo(rows == 0 ? 0.0 : (double) (rows - nonNull) / rows, within(1e-12));
        assertDistinct(p, distinct);
        if (nonNull == 0) {
            assertThat(p.uniquenessRatio()).as("%s uniqueness", column).isNull();
        } else {
            assertThat(p.uniquenessRatio()).as("%s uniqueness", column)
                    .isCloseTo((double) p.distinct().value() / nonNull, within(1e-12));
        }
    }

    static void assertDistinct(ColumnProfile p, long expected) {
        if (p.distinct().exact()) {
            assertThat(p.distinct().value()).as("%s distinct (exact)", p.column()).isEqualTo(expected);
        } else {
            assertThat((double) p.distinct().value()).as("%s distinct (HLL)", p.column())
                    .isCloseTo(expected, within(Math.max(1.0, expected * HLL_TOLERANCE)));
            assertThat(p.distinct().lowerBound()).as("%s HLL lower bound", p.column()).isLessThanOrEqualTo(expected);
            assertThat(p.distinct().upperBound()).as("%s HLL upper bound", p.column()).isGreaterThanOrEqualTo(expected);
        }
    }

    /** min, max, mean, sample stddev (two-pass formula, independent of Welford), sum, zeros, negatives. */
    void assertNumeric(TableProfile profile, String column) throws SQLException {
        NumericStats n = profile.column(column).orElseThrow().numeric();
        String c = quote.apply(column);
        double[] r = doubles("SELECT MIN(" + c + "), MAX(" + c + "), AVG(" + c + "), SUM(" + c + "), "
                + "SUM(CASE WHEN " + c + " = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN " + c + " < 0 THEN 1 ELSE 0 END), "
                + "COUNT(" + c + ") FROM " + from);
        double mean = r[3] / r[6]; // SUM / COUNT: MariaDB's AVG rounds to 4 decimals
        double variance = doubles("SELECT SUM((" + c + " - " + mean + ") * (" + c + " - " + mean + ")) FROM " + from)[0]
                / (r[6] - 1);
        double scale = Math.max(1.0, Math.max(Math.abs(r[0]), Math.abs(r[1])));
        assertThat(n.min()).as("%s min", column).isCloseTo(r[0], within(1e-9 * scale));
        assertThat(n.max()).as("%s max", column).isCloseTo(r[1], within(1e-9 * scale));
        assertThat(n.mean()).as("%s mean", column).isCloseTo(mean, within(1e-9 * scale));
        assertThat(n.mean()).as("%s AVG", column).isCloseTo(r[2], within(1e-4 * scale));
        assertThat(n.sum()).as("%s sum", column).isCloseTo(r[3], within(1e-9 * Math.max(1.0, Math.abs(r[3]))));
        assertThat(n.zeros()).as("%s zeros", column).isEqualTo((long) r[4]);
        assertThat(n.negatives()).as("%s negatives", column).isEqualTo((long) r[5]);
        assertThat(n.stddev()).as("%s stddev", column).isCloseTo(Math.sqrt(variance), within(1e-7 * scale));
    }

    /**
     * Each quantile's true rank in the table: exact mode must be SQL's percentile_disc (smallest value whose
     * rank reaches p); estimation mode within the KLL rank error.
     */
    void assertQuantiles(TableProfile profile, String column) throws SQLException {
        Quantiles q = profile.column(column).orElseThrow().numeric().quantiles();
        double[] values = {q.p1(), q.p5(), q.p25(), q.p50(), q.p75(), q.p95(), q.p99()};
        double[] ranks = {0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99};
        for (int i = 0; i < values.length; i++) {
            double[] r = rankOf(column, values[i]);
            double below = r[0] / r[2];
            double atOrBelow = r[1] / r[2];
            double tolerance = q.exact() ? 0.0 : KLL_RANK_ERROR;
            assertThat(atOrBelow + tolerance).as("%s p%s rank ≤", column, ranks[i] * 100).isGreaterThanOrEqualTo(ranks[i]);
            if (q.exact()) {
                assertThat(below).as("%s p%s rank <", column, ranks[i] * 100).isLessThan(ranks[i]);
            } else {
                assertThat(below - tolerance).as("%s p%s rank <", column, ranks[i] * 100).isLessThanOrEqualTo(ranks[i]);
            }
        }
    }

    private double[] rankOf(String column, double value) throws SQLException {
        String c = quote.apply(column);
        try (PreparedStatement statement = connection.prepareStatement("SELECT SUM(CASE WHEN " + c + " < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + c + " <= ? THEN 1 ELSE 0 END), COUNT(" + c + ") FROM " + from)) {
            statement.setDouble(1, value);
            statement.setDouble(2, value);
            return doubles(statement);
        }
    }

    /** Every bin against a SQL count of its range; counts add up to the non-null count exactly. */
    void assertHistogram(TableProfile profile, String column) throws SQLException {
        ColumnProfile p = profile.column(column).orElseThrow();
        Histogram h = p.numeric().histogram();
        long nonNull = p.rows() - p.nullCount();
        assertThat(h.bins()).as("%s bins", column).hasSizeBetween(1, 20);
        assertThat(h.bins().stream().mapToLong(Histogram.Bin::count).sum()).as("%s histogram total", column).isEqualTo(nonNull);
        String c = quote.apply(column);
        for (int i = 0; i < h.bins().size(); i++) {
            Histogram.Bin bin = h.bins().get(i);
            boolean last = i == h.bins().size() - 1;
            long expected;
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + from + " WHERE "
                    + c + " >= ? AND " + c + (last ? " <= ?" : " < ?"))) {
                statement.setDouble(1, bin.lower());
                statement.setDouble(2, bin.upper());
                expected = (long) doubles(statement)[0];
            }
            long tolerance = h.exact() ? 0 : Math.round(2 * KLL_RANK_ERROR * nonNull);
            assertThat(bin.count()).as("%s bin %s [%s, %s]", column, i, bin.lower(), bin.upper())
                    .isCloseTo(expected, within(tolerance));
        }
    }

    /** Lengths from the server's own length function over the whole value; empty means exactly ''. */
    void assertText(TableProfile profile, String column) throws SQLException {
        TextStats t = profile.column(column).orElseThrow().text();
        String len = lengthFunction + "(" + quote.apply(column) + ")";
        double[] r = doubles("SELECT MIN(" + len + "), SUM(" + len + "), MAX(" + len + "), "
                + "SUM(CASE WHEN " + len + " = 0 THEN 1 ELSE 0 END), COUNT(" + len + ") FROM " + from);
        r[1] = r[1] / r[4];
        assertThat(t.minLength()).as("%s min length", column).isEqualTo((int) r[0]);
        assertThat(t.avgLength()).as("%s avg length", column).isCloseTo(r[1], within(1e-6));
        assertThat(t.maxLength()).as("%s max length", column).isEqualTo((int) r[2]);
        assertThat(t.emptyCount()).as("%s empty", column).isEqualTo((long) r[3]);
    }

    /**
     * Top values: the counts, in order, are SQL's GROUP BY counts, and each listed value has exactly its
     * listed count. {@code comparand} is how to turn the rendered value back into a column value ("?",
     * "CAST(? AS DATE)"…).
     */
    void assertTopValues(TableProfile profile, String column, String comparand) throws SQLException {
        FrequentValues top = profile.column(column).orElseThrow().topValues();
        assertThat(top.exact()).as("%s top values exact", column).isTrue();
        String c = quote.apply(column);
        List<Long> expectedCounts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + from + " WHERE "
                + c + " IS NOT NULL GROUP BY " + c + " ORDER BY COUNT(*) DESC");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next() && expectedCounts.size() < 10) {
                expectedCounts.add(rs.getLong(1));
            }
        }
        assertThat(top.values().stream().map(ValueCount::count).toList()).as("%s top counts", column).isEqualTo(expectedCounts);
        for (ValueCount value : top.values()) {
            assertThat(countWhereEquals(column, comparand, value.value())).as("%s count of %s", column, value.value())
                    .isEqualTo(value.count());
        }
    }

    /** Samples are distinct values that occur in the column. */
    void assertSamples(TableProfile profile, String column, String comparand) throws SQLException {
        ColumnProfile p = profile.column(column).orElseThrow();
        assertThat(p.samples()).as("%s samples", column).doesNotHaveDuplicates()
                .hasSize((int) Math.min(5, p.distinct().value()));
        for (String sample : p.samples()) {
            assertThat(countWhereEquals(column, comparand, sample)).as("%s sample %s occurs", column, sample).isPositive();
        }
    }

    long countWhereEquals(String column, String comparand, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + from + " WHERE "
                + quote.apply(column) + " = " + comparand)) {
            statement.setString(1, value);
            return (long) doubles(statement)[0];
        }
    }

    /** Distribution buckets against SQL's own GROUP BY of {@code bucketExpression} (same labels). */
    void assertDistribution(TableProfile profile, String column, String granularity, String bucketExpression) throws SQLException {
        TemporalStats t = profile.column(column).orElseThrow().temporal();
        assertThat(t.granularity()).as("%s granularity", column).isEqualTo(granularity);
        List<ValueCount> expected = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + bucketExpression + " AS b, COUNT(*) FROM "
                + from + " WHERE " + quote.apply(column) + " IS NOT NULL GROUP BY " + bucketExpression + " ORDER BY 1");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                expected.add(new ValueCount(rs.getString(1), rs.getLong(2)));
            }
        }
        assertThat(t.distribution()).as("%s distribution", column).isEqualTo(expected);
    }

    /** Single string value of a query (MIN/MAX of dates, for instance). */
    String string(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    double[] doubles(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return doubles(statement);
        }
    }

    private static double[] doubles(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            double[] out = new double[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getDouble(i + 1);
            }
            return out;
        }
    }

    String from() {
        return from;
    }
}
