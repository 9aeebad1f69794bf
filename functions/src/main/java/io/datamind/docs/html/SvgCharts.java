package io.datamind.docs.html;

import io.datamind.docs.Figures;
import io.datamind.profile.Histogram;
import io.datamind.profile.ValueCount;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Small inline SVG charts. The bars of one chart are a single path so a page with thousands of columns stays small;
 * each chart carries a title for screen readers and tooltips.
 */
final class SvgCharts {

    private static final int COLUMN_CHART_WIDTH = 200;
    private static final int COLUMN_CHART_HEIGHT = 40;
    private static final int BAR_ROW_HEIGHT = 14;
    private static final int BAR_MAX_WIDTH = 120;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SvgCharts() {
    }

    static String histogram(Histogram histogram, String title) {
        List<Long> counts = histogram.bins().stream().map(Histogram.Bin::count).toList();
        return columns(counts, title + (histogram.exact() ? "" : " (estimated)"));
    }

    static String distribution(List<ValueCount> periods, String title) {
        return columns(periods.stream().map(ValueCount::count).toList(), title);
    }

    /** Adjacent vertical bars, left to right, drawn as one stepped outline; the box's size comes from the stylesheet. */
    static String columns(List<Long> counts, String title) {
        if (counts.isEmpty()) {
            return "";
        }
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        double slot = (double) COLUMN_CHART_WIDTH / counts.size();
        StringBuilder path = new StringBuilder("M0 ").append(COLUMN_CHART_HEIGHT);
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            long height = count <= 0 ? 0 : Math.max(1, Math.round((double) COLUMN_CHART_HEIGHT * count / max));
            path.append('V').append(COLUMN_CHART_HEIGHT - height).append('H').append(round((i + 1) * slot));
        }
        path.append('V').append(COLUMN_CHART_HEIGHT).append('z');
        return "<svg class=\"ch\" viewBox=\"0 0 " + COLUMN_CHART_WIDTH + " " + COLUMN_CHART_HEIGHT + "\"><title>" + Html.text(title)
                + "</title><path d=\"" + path + "\"/></svg>";
    }

    /** Horizontal bars with the value and its count written beside each bar, most frequent first. */
    static String valueBars(List<ValueCount> values, long total, String title) {
        if (values.isEmpty()) {
            return "";
        }
        long max = Math.max(1, values.stream().mapToLong(ValueCount::count).max().orElse(1));
        int height = values.size() * BAR_ROW_HEIGHT;
        StringBuilder path = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            ValueCount value = values.get(i);
            int y = i * BAR_ROW_HEIGHT;
            long width = Math.max(1, Math.round((double) BAR_MAX_WIDTH * value.count() / max));
            path.append("M0 ").append(y + 2).append('h').append(width).append("v10H0z");
            String share = total > 0 ? " (" + Figures.percent((double) value.count() / total) + ")" : "";
            labels.append("<text y=\"").append(y + 11).append("\">")
                    .append(Html.text(label(value.value()))).append(" · ").append(Figures.count(value.count())).append(share)
                    .append("</text>");
        }
        return "<svg class=\"vb\" viewBox=\"0 0 400 " + height + "\" height=\"" + height + "\"><title>"
                + Html.text(title) + "</title><path d=\"" + path + "\"/><g transform=\"translate(" + (BAR_MAX_WIDTH + 4) + " 0)\">" + labels
                + "</g></svg>";
    }

    private static String label(String value) {
        if (value == null) {
            return "(null)";
        }
        return value.isEmpty() ? "(empty)" : Html.shorten(WHITESPACE.matcher(value).replaceAll(" "), 40);
    }

    private static String round(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? String.valueOf(rounded / 10) : String.valueOf(rounded / 10.0);
    }
}
