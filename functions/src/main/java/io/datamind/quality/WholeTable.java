package io.datamind.quality;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.ColumnTotals.NumberRange;
import io.datamind.profile.ColumnTotals.TimeRange;
import io.datamind.profile.TableProfile;
import java.util.Optional;

/**
 * What a profile knows of a column's extremes over every row of its table. A hybrid profile counted them over every
 * row ({@link ColumnTotals}), which a sample misses when they are rare (the one outlier that sets the max): where they
 * were counted they are the answer, else the profile's own figures, the sample's when it sampled. Figures of the
 * distribution (quantiles, distinct and top values, shapes) are not here: they stay on the sample's basis.
 */
public final class WholeTable {

    private WholeTable() {
    }

    /**
     * The smallest and largest number: the totals' when counted (empty when the column holds none, or NaN or an
     * infinity), else the profile's; empty when the profile read no value.
     */
    public static Optional<NumberRange> numbers(ColumnProfile column) {
        if (column.totals() != null) {
            return Optional.ofNullable(column.totals().numeric());
        }
        if (column.numeric() == null || !readValues(column)) {
            return Optional.empty();
        }
        return Optional.of(new NumberRange(column.numeric().min(), column.numeric().max()));
    }

    /** {@link #numbers}, only when they hold for every row: counted by a hybrid profile, or read by a full one. */
    public static Optional<NumberRange> provenNumbers(TableProfile profile, ColumnProfile column) {
        return column.totals() != null || !profile.sampled() ? numbers(column) : Optional.empty();
    }

    /** The earliest and latest date, timestamp or time, as {@link #numbers} chooses them. */
    public static Optional<TimeRange> times(ColumnProfile column) {
        if (column.totals() != null) {
            return Optional.ofNullable(column.totals().temporal());
        }
        if (column.temporal() == null || !readValues(column)) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(column.temporal().min(), column.temporal().max()));
    }

    /**
     * True when the totals prove at least two different values (two extremes, or both true and false), whatever the
     * sample saw; false when nothing was counted or the totals cannot tell (text).
     */
    public static boolean provenVaried(ColumnProfile column) {
        ColumnTotals totals = column.totals();
        if (totals == null) {
            return false;
        }
        return totals.numeric() != null && totals.numeric().min() != totals.numeric().max()
                || totals.temporal() != null && !totals.temporal().min().equals(totals.temporal().max())
                || totals.bool() != null && totals.bool().trueCount() > 0 && totals.bool().falseCount() > 0
                || totals.size() != null && totals.size().minBytes() != totals.size().maxBytes();
    }

    /**
     * True when the totals count empty strings and the profile saw none: a rule that holds on the sample's values
     * (a list, a pattern, a least length) would be broken by the table's.
     */
    public static boolean unseenEmptyStrings(ColumnProfile column) {
        ColumnTotals totals = column.totals();
        boolean counted = totals != null && totals.emptyCount() != null && totals.emptyCount() > 0;
        return counted && (column.text() == null || column.text().emptyCount() == 0);
    }

    private static boolean readValues(ColumnProfile column) {
        return column.rows() - column.nullCount() > 0;
    }
}
