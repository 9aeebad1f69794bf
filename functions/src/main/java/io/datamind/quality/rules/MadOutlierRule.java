package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.QueryRunner;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * OUTLIERS_MAD: values whose modified z-score 0.6745·|x − median| ÷ MAD exceeds 3.5 (Iglewicz and Hoaglin).
 * The median comes from the profile; the MAD (median absolute deviation) is computed exactly in SQL by ordering
 * the deviations, which every supported database can do. Where the database has ordered-set aggregates
 * (PostgreSQL), one query computes the MAD of every column of the table; elsewhere each column costs a count and an
 * ordered query. Columns where more than half the values are equal (MAD = 0) are left out: every other value
 * would be an "outlier".
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
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        List<ColumnProfile> measures = OutlierCounter.measures(context);
        if (measures.isEmpty()) {
            return List.of();
        }
        List<Spread> spreads = context.dialect().supportsOrderedSetAggregates()
                ? spreadsInOneQuery(context, measures) : spreadsColumnByColumn(context, measures);
        List<OutlierCounter.Bounds> bounds = new ArrayList<>();
        for (Spread spread : spreads) {
            if (spread.nonNull() < 3 || spread.mad() <= 0) {
                continue;
            }
            double median = median(spread.column());
            double reach = THRESHOLD * spread.mad() / CONSISTENCY;
            String preamble = "-- median " + Texts.number(median) + " (profile), MAD " + Texts.number(spread.mad()) + " from: "
                    + madSql(context, spread.column(), spread.nonNull()) + "\n";
            bounds.add(new OutlierCounter.Bounds(spread.column(), median - reach, median + reach,
                    "modified z-score > 3.5, median " + Texts.number(median) + ", MAD " + Texts.number(spread.mad()), preamble));
        }
        return OutlierCounter.count(context, bounds, id(), Severity.WARNING);
    }

    private record Spread(ColumnProfile column, long nonNull, double mad) {
    }

    /** {@code COUNT(c), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ABS(c - median))} per column: the same lower median. */
    private static List<Spread> spreadsInOneQuery(RuleContext context, List<ColumnProfile> measures) throws SQLException {
        String select = measures.stream().map(column -> {
            String quoted = context.quote(column.column());
            return "COUNT(" + quoted + "), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ABS(" + quoted + " - "
                    + Texts.number(median(column)) + "))";
        }).collect(Collectors.joining(", "));
        List<String> row = context.requireQueries().row("SELECT " + select + " FROM " + context.qualifiedTable());
        List<Spread> spreads = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            spreads.add(new Spread(measures.get(i), number(row, 2 * i).longValue(), number(row, 2 * i + 1).doubleValue()));
        }
        return spreads;
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
