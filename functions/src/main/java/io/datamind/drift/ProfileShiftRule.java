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

/**
 * Row count, null ratio and distinct count moving past the thresholds. Columns added or removed are reported by
 * {@link ColumnRule} only. A distinct count that grows with the rows (an id column gaining rows) is not a shift:
 * the distinct ÷ non-null ratio must move past the threshold too.
 */
final class ProfileShiftRule implements TableDriftRule {

    @Override
    public List<Change> compare(TableEntry before, TableEntry after, DriftThresholds thresholds) {
        TableRef table = after.table();
        List<Change> changes = new ArrayList<>();
        long rowsBefore = rows(before);
        long rowsAfter = rows(after);
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
                columnShifts(table, previous.get(), column, thresholds, bigEnough, changes);
            }
        }
        return changes;
    }

    private static void columnShifts(TableRef table, ColumnProfile old, ColumnProfile now, DriftThresholds thresholds,
                                     boolean bigEnough, List<Change> changes) {
        String name = now.column();
        if (Math.abs(now.nullRatio() - old.nullRatio()) > thresholds.nullRatioAbsolute()) {
            changes.add(new Change(ChangeKind.NULL_RATIO_SHIFT, table, name, percent(old.nullRatio()), percent(now.nullRatio()),
                    "Column " + name + "'s null ratio moved from " + percent(old.nullRatio()) + " to " + percent(now.nullRatio()) + "."));
        }
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
