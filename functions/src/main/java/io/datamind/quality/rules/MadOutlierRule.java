package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.QueryRunner;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import io.datamind.quality.WholeTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OUTLIERS_MAD: values whose modified z-score 0.6745·|x − median| ÷ MAD exceeds 3.5 (Iglewicz and Hoaglin).
 * The median comes from the profile; the MAD (median absolute deviation) is computed exactly in SQL by ordering
 * the deviations, which every supported database can do. Where the database has ordered-set aggregates
 * (PostgreSQL), one query computes the MAD of every column of the table; elsewhere each column costs a count and an
 * ordered query. Columns where more than half the values are equal (MAD = 0) are left out: every other value
 * would be an "outlier".
 *
 * <p>With a full or hybrid profile most columns need no MAD at all: the exact min and max give the largest deviation
 * from the median, and a MAD of at least 0.6745 ÷ 3.5 of it puts every value inside the bounds. "MAD ≥ t" holds exactly
 * when fewer than half the values (⌈n/2⌉) deviate by less than t, which a {@code SUM(CASE …)} counts in the table's
 * shared scan without sorting anything; only columns where that count does not settle it get the sorted MAD.
 */
public final class MadOutlierRule implements QualityRule {

    private static final double THRESHOLD = 3.5;
    private static final double CONSISTENCY = 0.6745;

    @Override
    public String id() {
        return "OUTLIERS_MAD";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public List<String> aggregates(RuleContext context) {
        if (!context.dialect().supportsOrderedSetAggregates()) {
            return List.of();
        }
        List<String> expressions = new ArrayList<>();
        for (ColumnProfile column : OutlierCounter.measures(context)) {
            expressions.addAll(threshold(context, column).map(t -> proofExpressions(context, column, t))
                    .orElseGet(() -> spreadExpressions(context, column)));
        }
        return expressions;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        List<ColumnProfile> measures = OutlierCounter.measures(context);
        if (measures.isEmpty()) {
            return List.of();
        }
        List<Spread> spreads = context.dialect().supportsOrderedSetAggregates()
                ? spreadsInOneQuery(context, unsettled(context, measures)) : spreadsColumnByColumn(context, measures);
        List<OutlierCounter.Bounds> bounds = new ArrayList<>();
        for (Spread spread : spreads) {
            if (spread.nonNull() < 3 || spread.mad() <= 0) {
                continue;
            }
            double median = median(spread.column());
            String preamble = "-- median " + Texts.number(median) + " (profile), MAD " + Texts.number(spread.mad()) + " from: "
                    + madSql(context, spread.column(), spread.nonNull()) + "\n";
            bounds.add(bounds(spread.column(), spread.mad(),
                    "modified z-score > 3.5, median " + Texts.number(median) + ", MAD " + Texts.number(spread.mad()), preamble));
        }
        return OutlierCounter.count(context, bounds, id(), Severity.WARNING);
    }

    /** median ± 3.5 · MAD ÷ 0.6745, rounded outwards as {@link OutlierCounter.Bounds} does. */
    private static OutlierCounter.Bounds bounds(ColumnProfile column, double mad, String method, String preamble) {
        double median = median(column);
        double reach = THRESHOLD * mad / CONSISTENCY;
        return new OutlierCounter.Bounds(column, median - reach, median + reach, method, preamble);
    }

    /**
     * A deviation t (as a SQL literal) such that a MAD of at least t leaves every value inside the bounds, by the exact
     * min and max of every row (a full profile's, or a hybrid one's totals); empty when the profile cannot tell (only a
     * sample's, no spread). The bounds only widen as the MAD grows, so checking them at t (less a margin for the column
     * type's rounding of t and of the MAD read back: real columns round to about 1e-7) covers every larger MAD. The
     * median may be a sample's: the proof holds around any centre the SQL uses too.
     */
    private static Optional<String> threshold(RuleContext context, ColumnProfile column) {
        Optional<ColumnTotals.NumberRange> range = WholeTable.provenNumbers(context.profile(), column);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        double median = median(column);
        double largestDeviation = Math.max(median - range.get().min(), range.get().max() - median);
        if (!(largestDeviation > 0) || !Double.isFinite(largestDeviation)) {
            return Optional.empty();
        }
        double least = CONSISTENCY * largestDeviation / THRESHOLD;
        for (double margin : new double[] {1e-5, 1e-3}) {
            String literal = Texts.number(least * (1 + margin));
            if (OutlierCounter.provenInside(context, bounds(column, Double.parseDouble(literal) * (1 - 1e-6), "", ""))) {
                return Optional.of(literal);
            }
        }
        return Optional.empty();
    }

    /** {@code COUNT(c)} and how many values deviate from the median by less than {@code threshold}. */
    private static List<String> proofExpressions(RuleContext context, ColumnProfile column, String threshold) {
        String quoted = context.quote(column.column());
        return List.of("COUNT(" + quoted + ")", "SUM(CASE WHEN ABS(" + quoted + " - " + Texts.number(median(column))
                + ") < " + threshold + " THEN 1 ELSE 0 END)");
    }

    /**
     * The measures whose MAD may put values outside the bounds, in table order: every column that {@link #threshold}
     * cannot settle, or where at least ⌈n/2⌉ values deviate by less than it (the MAD, the ⌈n/2⌉-th smallest
     * deviation, is then below it). Columns with fewer than 3 values are settled too: they are never checked.
     */
    private static List<ColumnProfile> unsettled(RuleContext context, List<ColumnProfile> measures) throws SQLException {
        List<ColumnProfile> unsettled = new ArrayList<>();
        for (ColumnProfile column : measures) {
            Optional<String> threshold = threshold(context, column);
            if (threshold.isEmpty()) {
                unsettled.add(column);
                continue;
            }
            List<String> counts = context.requireQueries().aggregates(context.qualifiedTable(),
                    proofExpressions(context, column, threshold.get()));
            long nonNull = number(counts, 0).longValue();
            long closer = number(counts, 1).longValue();
            if (nonNull >= 3 && closer >= (nonNull + 1) / 2) {
                unsettled.add(column);
            }
        }
        return unsettled;
    }

    private record Spread(ColumnProfile column, long nonNull, double mad) {
    }

    /** {@code COUNT(c), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ABS(c - median))} per column: the same lower median. */
    private static List<Spread> spreadsInOneQuery(RuleContext context, List<ColumnProfile> measures) throws SQLException {
        if (measures.isEmpty()) {
            return List.of();
        }
        List<String> expressions = measures.stream().flatMap(column -> spreadExpressions(context, column).stream()).toList();
        List<String> row = context.requireQueries().aggregates(context.qualifiedTable(), expressions);
        List<Spread> spreads = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            spreads.add(new Spread(measures.get(i), number(row, 2 * i).longValue(), number(row, 2 * i + 1).doubleValue()));
        }
        return spreads;
    }

    private static List<String> spreadExpressions(RuleContext context, ColumnProfile column) {
        String quoted = context.quote(column.column());
        return List.of("COUNT(" + quoted + ")", "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ABS(" + quoted + " - "
                + Texts.number(median(column)) + "))");
    }

    private static List<Spread> spreadsColumnByColumn(RuleContext context, List<ColumnProfile> measures) throws SQLException {
        QueryRunner queries = context.requireQueries();
        List<Spread> spreads = new ArrayList<>();
        for (ColumnProfile column : measures) {
            long nonNull = queries.count("SELECT COUNT(" + context.quote(column.column()) + ") FROM " + context.qualifiedTable());
            if (nonNull < 3) {
                spreads.add(new Spread(column, nonNull, 0));
                continue;
            }
            List<String> mad = queries.strings(madSql(context, column, nonNull), 1);
            spreads.add(new Spread(column, nonNull, mad.isEmpty() || mad.get(0) == null ? 0.0 : Double.parseDouble(mad.get(0))));
        }
        return spreads;
    }

    /** The portable form, also shown with each finding so it can be reproduced anywhere. */
    private static String madSql(RuleContext context, ColumnProfile column, long nonNull) {
        String quoted = context.quote(column.column());
        return "SELECT ABS(" + quoted + " - " + Texts.number(median(column)) + ") AS deviation FROM "
                + context.qualifiedTable() + " WHERE " + quoted + " IS NOT NULL ORDER BY deviation LIMIT 1 OFFSET "
                + (nonNull - 1) / 2;
    }

    private static double median(ColumnProfile column) {
        return column.numeric().quantiles().p50();
    }

    private static Double number(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? Double.parseDouble(row.get(index)) : 0.0;
    }
}
