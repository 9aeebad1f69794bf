package io.datamind.quality;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.ColumnTotals.NumberRange;
import io.datamind.profile.TableProfile;
import java.util.Optional;

/**
 * What a profile proves of a column over every row of its table: a range that holds on every row, two different
 * values, empty strings the sample never saw. A hybrid profile counted these over every row ({@link ColumnTotals}),
 * which a sample misses when they are rare (the one outlier that sets the max); a full profile read every row.
 * Figures of the distribution (quantiles, distinct and top values, shapes) are not here: they stay on the sample's
 * basis.
 */
public final class WholeTable {

    private WholeTable() {
    }

    /**
     * {@link ColumnProfile#numberRange()}, only when it holds for every row: counted by a hybrid profile, or read by a
     * full one.
     */
    public static Optional<NumberRange> provenNumbers(TableProfile profile, ColumnProfile column) {
        return column.totals() != null || !profile.sampled() ? column.numberRange() : Optional.empty();
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

}
