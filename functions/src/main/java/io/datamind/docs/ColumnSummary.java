package io.datamind.docs;

import io.datamind.profile.BooleanStats;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.DistinctCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line statistics shown next to a column: nulls, distinct values and the figure that fits its type. Of a
 * hybrid profile it prefers the figures counted over all rows, and labels each figure with the rows it describes,
 * since one line then mixes the two.
 */
public final class ColumnSummary {

    private static final String ALL_ROWS = " (all rows)";
    private static final String SAMPLE = " (sample)";

    private ColumnSummary() {
    }

    public static String of(ColumnProfile profile) {
        if (profile == null) {
            return "";
        }
        ColumnTotals totals = profile.totals();
        List<String> parts = new ArrayList<>();
        parts.add(totals == null ? "nulls " + Figures.percent(profile.nullRatio())
                : "nulls " + Figures.percent(totals.nullRatio()) + ALL_ROWS);
        if (profile.distinct() != null) {
            parts.add(distinct(profile.distinct()) + (totals == null ? "" : SAMPLE));
        }
        String typed = totals == null ? typedFigure(profile) : typedFigure(profile, totals);
        if (!typed.isEmpty()) {
            parts.add(typed);
        }
        return String.join(" · ", parts);
    }

    private static String distinct(DistinctCount distinct) {
        return "distinct " + (distinct.exact() ? "" : "~") + Figures.count(distinct.value());
    }

    private static String typedFigure(ColumnProfile profile) {
        if (profile.numeric() != null) {
            return "range " + Figures.number(profile.numeric().min()) + " … " + Figures.number(profile.numeric().max())
                    + ", mean " + Figures.number(profile.numeric().mean());
        }
        if (profile.temporal() != null && profile.temporal().min() != null) {
            return "range " + profile.temporal().min() + " … " + profile.temporal().max();
        }
        if (profile.text() != null) {
            return "length " + profile.text().minLength() + " … " + profile.text().maxLength();
        }
        if (profile.bool() != null) {
            return trueShare(profile.bool());
        }
        if (profile.size() != null) {
            return "size " + Figures.count(profile.size().minBytes()) + " … " + Figures.count(profile.size().maxBytes()) + " B";
        }
        return "";
    }

    /** The exact figure of the column's type where the totals count one, else the sample's, each labelled. */
    private static String typedFigure(ColumnProfile profile, ColumnTotals totals) {
        if (totals.numeric() != null) {
            return "range " + Figures.exactNumber(totals.numeric().min()) + " … " + Figures.exactNumber(totals.numeric().max())
                    + ALL_ROWS + (profile.numeric() == null ? "" : ", mean " + Figures.number(profile.numeric().mean()) + SAMPLE);
        }
        if (totals.temporal() != null) {
            return "range " + totals.temporal().min() + " … " + totals.temporal().max() + ALL_ROWS;
        }
        if (totals.bool() != null) {
            String share = trueShare(totals.bool());
            return share.isEmpty() ? "" : share + ALL_ROWS;
        }
        if (totals.size() != null) {
            return "size " + Figures.count(totals.size().minBytes()) + " … " + Figures.count(totals.size().maxBytes()) + " B"
                    + ALL_ROWS;
        }
        List<String> figures = new ArrayList<>();
        String sampled = typedFigure(profile);
        if (!sampled.isEmpty()) {
            figures.add(sampled + SAMPLE);
        }
        // an empty string is what a sample misses; said only when there is one, as the summary is short
        if (totals.emptyCount() != null && totals.emptyCount() > 0) {
            figures.add("empty strings " + Figures.count(totals.emptyCount()) + ALL_ROWS);
        }
        return String.join(" · ", figures);
    }

    /** "true 87.0%"; empty when the column holds neither. */
    private static String trueShare(BooleanStats bool) {
        long total = bool.trueCount() + bool.falseCount();
        return total == 0 ? "" : "true " + Figures.percent((double) bool.trueCount() / total);
    }
}
