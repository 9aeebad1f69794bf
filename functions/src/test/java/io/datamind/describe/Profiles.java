package io.datamind.describe;

import io.datamind.profile.BooleanStats;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.DistinctCount;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.NumericStats;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableTotals;
import io.datamind.profile.TemporalStats;
import io.datamind.profile.ValueCount;
import io.datamind.scan.TableRef;
import io.datamind.scan.TypeFamily;
import java.util.Arrays;
import java.util.List;

/** Builds profile records by hand, with the figures a profiler would report. */
public final class Profiles {

    private Profiles() {
    }

    public static TableProfile table(TableRef table, long rows, ColumnProfile... columns) {
        return new TableProfile(table, false, "full scan", rows, 12, List.of(columns));
    }

    public static TableProfile sampled(TableRef table, long rows, ColumnProfile... columns) {
        return new TableProfile(table, true, "TABLESAMPLE SYSTEM (10)", rows, 12, List.of(columns));
    }

    /** A hybrid profile: the columns' figures describe a sample of {@code sampleRows}, their totals all {@code rows}. */
    public static TableProfile hybrid(TableRef table, long sampleRows, long rows, ColumnProfile... columns) {
        return new TableProfile(table, true, "TABLESAMPLE SYSTEM (10)", sampleRows, 12, List.of(columns),
                new TableTotals(rows, 30));
    }

    /** What a hybrid profile counted of a column over {@code rows} rows: its NULLs, and nothing of its type. */
    public static ColumnTotals totals(long rows, long nulls) {
        return new ColumnTotals(nulls, ratio(nulls, rows), null, null, null, null, null);
    }

    /** A column with only null and distinct figures. */
    public static ColumnProfile plain(String column, TypeFamily family, long rows, long nulls, long distinct) {
        return new ColumnProfile(column, family, rows, nulls, ratio(nulls, rows), DistinctCount.exact(distinct),
                ratio(distinct, rows - nulls), null, null, null, null, null, null, null);
    }

    public static ColumnProfile temporal(String column, TypeFamily family, long rows, long nulls, String min,
            String max) {
        return new ColumnProfile(column, family, rows, nulls, ratio(nulls, rows), DistinctCount.exact(rows - nulls),
                1.0, null, null, null, new TemporalStats(min, max, "month", List.of()), null, null, null);
    }

    public static ColumnProfile numeric(String column, TypeFamily family, long rows, long nulls, long distinct,
            double min, double max) {
        NumericStats stats = new NumericStats(min, max, (min + max) / 2, 1, 0, 0, 0, null, null);
        return new ColumnProfile(column, family, rows, nulls, ratio(nulls, rows), DistinctCount.exact(distinct),
                ratio(distinct, rows - nulls), null, null, stats, null, null, null, null);
    }

    /** A text column whose values are given as "value=count" pairs, most frequent first. */
    public static ColumnProfile values(String column, long rows, long nulls, String... valueCounts) {
        List<ValueCount> counts = Arrays.stream(valueCounts).map(vc -> vc.split("="))
                .map(p -> new ValueCount(p[0], Long.parseLong(p[1]))).toList();
        return new ColumnProfile(column, TypeFamily.TEXT, rows, nulls, ratio(nulls, rows),
                DistinctCount.exact(counts.size()), ratio(counts.size(), rows - nulls),
                new FrequentValues(counts, true), null, null, null, null, null, null);
    }

    public static ColumnProfile bool(String column, long rows, long trues, long falses) {
        long nulls = rows - trues - falses;
        return new ColumnProfile(column, TypeFamily.BOOLEAN, rows, nulls, ratio(nulls, rows), DistinctCount.exact(2),
                null, null, null, null, null, null, new BooleanStats(trues, falses), null);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
