package io.datamind.describe;

import io.datamind.profile.BooleanStats;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;

/**
 * The figures a description states about a column: NULLs, true and false (its extremes: {@link
 * ColumnProfile#numberRange()} and {@link ColumnProfile#timeRange()}). A hybrid profile counted them over
 * every row of the table ({@link ColumnTotals}), which a sample misses when they are rare; where they were counted
 * they are stated, else the profile's own, the sample's when it sampled. Distinct and top values are not here: they
 * stay the sample's.
 *
 * @param sampled true when the profile read a sample
 */
public record ColumnFigures(ColumnProfile profile, boolean sampled) {

    /** True when the figures here are a sample's, so a description must say "about" or "sampled". */
    public boolean estimated() {
        return sampled && profile.totals() == null;
    }

    public long nullCount() {
        return profile.totals() != null ? profile.totals().nullCount() : profile.nullCount();
    }

    /** NULLs ÷ rows, of every row or of the sample as {@link #nullCount}. */
    public double nullRatio() {
        return profile.totals() != null ? profile.totals().nullRatio() : profile.nullRatio();
    }

    /** True and false values of a boolean column; null for other columns. */
    public BooleanStats bool() {
        return profile.totals() != null ? profile.totals().bool() : profile.bool();
    }
}
