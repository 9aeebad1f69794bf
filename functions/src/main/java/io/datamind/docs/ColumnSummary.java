package io.datamind.docs;

import io.datamind.profile.ColumnProfile;
import java.util.ArrayList;
import java.util.List;

/** The one-line statistics shown next to a column: nulls, distinct values and the figure that fits its type. */
public final class ColumnSummary {

    private ColumnSummary() {
    }

    public static String of(ColumnProfile profile) {
        if (profile == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add("nulls " + Figures.percent(profile.nullRatio()));
        if (profile.distinct() != null) {
            parts.add("distinct " + (profile.distinct().exact() ? "" : "~") + Figures.count(profile.distinct().value()));
        }
        String typed = typedFigure(profile);
        if (!typed.isEmpty()) {
            parts.add(typed);
        }
        return String.join(" · ", parts);
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
            long total = profile.bool().trueCount() + profile.bool().falseCount();
            return total == 0 ? "" : "true " + Figures.percent((double) profile.bool().trueCount() / total);
        }
        if (profile.size() != null) {
            return "size " + Figures.count(profile.size().minBytes()) + " … " + Figures.count(profile.size().maxBytes()) + " B";
        }
        return "";
    }
}
