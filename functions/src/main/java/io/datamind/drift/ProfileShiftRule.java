package io.datamind.drift;

import io.datamind.docs.TableEntry;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.TableProfile;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Row count, null ratio and distinct count moving past the thresholds. Columns added or removed are reported by
 * {@link ColumnRule} only. A distinct count that grows with the rows (an id column gaining rows) is not a shift:
 * the distinct ÷ non-null ratio must move past the threshold too. Figures are compared on one basis: a hybrid run's
 * counts over every row against the other run's only when it has them too (a full or hybrid profile), else both
 * runs' as before, so that a run switching between sampled and hybrid profiles reports no shift of its own making.
 */
final class ProfileShiftRule implements TableDriftRule {

    @Override
    public List<Change> compare(TableEntry before, TableEntry after, DriftThresholds thresholds) {
        TableRef table = after.table();
        List<Change> changes = new ArrayList<>();
        RowCounts rows = rowCounts(before, after);
        long rowsBefore = rows.before();
        long rowsAfter = rows.after();
        boolean bigEnough = thresholds.bigEnough(rowsBefore, rowsAfter);
        if (rowsBefore >= 0 && rowsAfter >= 0 && bigEnough
                && thresholds.relativeShift(rowsBefore, rowsAfter, thresholds.rowCountRelative())) {
            changes.add(new Change(ChangeKind.ROW_COUNT_SHIFT, table, null, Long.toString(rowsBefore), Long.toString(rowsAfter),
                    "Row count changed from " + rowsBefore + " to " + rowsAfter + " (" + relative(rowsBefore, rowsAfter) + ")."));
        }
        if (before.profile() == null || after.profile() == null) {
            return changes;
        }
        for (ColumnProfile column : after.profile().columns()) {
            Optional<ColumnProfile> previous = before.profile().column(column.column());
            if (previous.isPresent() && before.schema().column(column.column()).isPresent()) {
                NullRatios nulls = nullRatios(before.profile(), previous.get(), after.profile(), column);
                nullRatioShift(table, column.column(), nulls, thresholds, changes);
                distinctShift(table, previous.get(), column, thresholds, bigEnough, changes);
            }
        }
        return changes;
    }

    /** A column's null ratio in both runs, on one basis. */
    private record NullRatios(double before, double after) {
    }

    private static void nullRatioShift(TableRef table, String name, NullRatios ratios, DriftThresholds thresholds,
                                       List<Change> changes) {
        if (Math.abs(ratios.after() - ratios.before()) > thresholds.nullRatioAbsolute()) {
            String was = percent(ratios.before());
            String is = percent(ratios.after());
            changes.add(new Change(ChangeKind.NULL_RATIO_SHIFT, table, name, was, is,
                    "Column " + name + "'s null ratio moved from " + was + " to " + is + "."));
        }
    }

    /**
     * Over every row when both runs counted them (a full profile, or a hybrid one's totals); else the profiles' own
     * ratios, a hybrid run's being its sample's, as a sampled run's is.
     */
    private static NullRatios nullRatios(TableProfile oldProfile, ColumnProfile old, TableProfile newProfile,
                                         ColumnProfile now) {
        OptionalDouble exactBefore = exactNullRatio(oldProfile, old);
        OptionalDouble exactAfter = exactNullRatio(newProfile, now);
        if (exactBefore.isPresent() && exactAfter.isPresent()) {
            return new NullRatios(exactBefore.getAsDouble(), exactAfter.getAsDouble());
        }
        return new NullRatios(old.nullRatio(), now.nullRatio());
    }

    private static OptionalDouble exactNullRatio(TableProfile profile, ColumnProfile column) {
        if (column.totals() != null) {
            return OptionalDouble.of(column.totals().nullRatio());
        }
        return profile.sampled() ? OptionalDouble.empty() : OptionalDouble.of(column.nullRatio());
    }

    /** Distinct values are a sample's in a sampled or hybrid profile alike: compared as they are. */
    private static void distinctShift(TableRef table, ColumnProfile old, ColumnProfile now, DriftThresholds thresholds,
                                      boolean bigEnough, List<Change> changes) {
        String name = now.column();
        if (!bigEnough || old.distinct() == null || now.distinct() == null) {
            return;
        }
        long distinctBefore = old.distinct().value();
        long distinctAfter = now.distinct().value();
        if (thresholds.relativeShift(distinctBefore, distinctAfter, thresholds.distinctRelative())
                && thresholds.relativeShift(perNonNull(old), perNonNull(now), thresholds.distinctRelative())) {
            changes.add(new Change(ChangeKind.DISTINCT_SHIFT, table, name, Long.toString(distinctBefore), Long.toString(distinctAfter),
                    "Column " + name + "'s distinct values changed from " + distinctBefore + " to " + distinctAfter
                            + " (" + relative(distinctBefore, distinctAfter) + ")."));
        }
    }

    /**
     * Both runs' row counts on one basis: the exact rows when both know them and one of them is hybrid (whose totals
     * counted them, where the catalog's figure is often an estimate); else as {@link #rows(TableEntry)} says, as
     * before hybrid profiles.
     */
    private static RowCounts rowCounts(TableEntry before, TableEntry after) {
        Optional<Long> exactBefore = exactRows(before);
        Optional<Long> exactAfter = exactRows(after);
        if (exactBefore.isPresent() && exactAfter.isPresent() && (hybrid(before) || hybrid(after))) {
            return new RowCounts(exactBefore.get(), exactAfter.get());
        }
        return new RowCounts(rows(before), rows(after));
    }

    /** The table's rows in both runs, on one basis; -1 where unknown. */
    private record RowCounts(long before, long after) {
    }

    private static Optional<Long> exactRows(TableEntry entry) {
        return entry.profile() == null ? Optional.empty() : entry.profile().exactRows();
    }

    private static boolean hybrid(TableEntry entry) {
        return entry.profile() != null && entry.profile().totals() != null;
    }

    /** The catalog's row count when scanned, else the rows profiled; -1 when neither is known. */
    private static long rows(TableEntry entry) {
        RowCount count = entry.schema().rowCount();
        if (count != null) {
            return count.value();
        }
        TableProfile profile = entry.profile();
        return profile == null ? -1 : profile.rowsProfiled();
    }

    private static double perNonNull(ColumnProfile column) {
        long nonNull = column.rows() - column.nullCount();
        return nonNull <= 0 ? 0 : (double) column.distinct().value() / nonNull;
    }

    private static String relative(long before, long after) {
        return before == 0 ? "from none" : String.format(Locale.ROOT, "%+.0f%%", 100.0 * (after - before) / before);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
    }
}
