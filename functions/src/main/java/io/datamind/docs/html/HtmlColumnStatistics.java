package io.datamind.docs.html;

import io.datamind.docs.ColumnFacts;
import io.datamind.docs.Figures;
import io.datamind.docs.TableTexts;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.Histogram;
import io.datamind.profile.NumericStats;
import io.datamind.profile.Quantiles;
import io.datamind.profile.TableTotals;
import io.datamind.profile.TemporalStats;
import io.datamind.profile.TextStats;
import io.datamind.profile.ValueCount;
import java.util.ArrayList;
import java.util.List;

/** The content of a table's "Column statistics" block: figures and charts per profiled column. */
final class HtmlColumnStatistics {

    private final StringBuilder out;

    HtmlColumnStatistics(StringBuilder out) {
        this.out = out;
    }

    /**
     * Writes a block per column that has a profile; columns without one are skipped.
     *
     * @param tableTotals what a hybrid profile counted over every row; null for any other profile
     */
    void render(List<ColumnFacts> columns, TableTotals tableTotals) {
        columns.stream().filter(c -> c.profile() != null).forEach(c -> column(c.name(), c.profile(), tableTotals));
    }

    private void column(String name, ColumnProfile profile, TableTotals tableTotals) {
        out.append("<div class=\"cs\"><h4>").append(Html.text(name)).append("</h4>");
        if (profile.totals() == null) {
            figures(general(profile));
        } else {
            // the totals come first and the sample's line says it holds for the rest, so no later figure needs a label
            figures("over " + TableTexts.allRows(tableTotals), totals(profile));
            figures("in the sample, from here on", general(profile));
        }
        numeric(name, profile.numeric());
        temporal(name, profile.temporal());
        text(profile.text());
        if (profile.bool() != null) {
            long total = profile.bool().trueCount() + profile.bool().falseCount();
            out.append(SvgCharts.valueBars(List.of(new ValueCount("true", profile.bool().trueCount()),
                    new ValueCount("false", profile.bool().falseCount())), total, "True and false values of " + name));
        } else if (profile.numeric() == null || profile.numeric().histogram() == null) {
            topValues(name, profile.topValues(), profile.rows());
        }
        boolean chartedElsewhere = profile.numeric() != null || profile.temporal() != null;
        if (profile.samples() != null && !profile.samples().isEmpty() && !chartedElsewhere) {
            out.append("<p class=\"fig\">samples: ");
            profile.samples().forEach(s -> out.append("<code>").append(Html.text(Html.shorten(s, 60))).append("</code> "));
            out.append("</p>");
        }
        out.append("</div>");
    }

    /** Null share, distinct values and the range are already in the column's row; this adds what the row leaves out. */
    private static List<String> general(ColumnProfile profile) {
        List<String> figures = new ArrayList<>();
        figures.add("rows " + Figures.count(profile.rows()));
        figures.add("nulls " + Figures.count(profile.nullCount()));
        if (profile.distinct() != null && !profile.distinct().exact()) {
            figures.add("distinct est. " + Figures.count(profile.distinct().lowerBound()) + "…"
                    + Figures.count(profile.distinct().upperBound()));
        }
        if (profile.uniquenessRatio() != null) {
            figures.add("unique " + Figures.percent(profile.uniquenessRatio()));
        }
        if (profile.size() != null) {
            figures.add("bytes " + Figures.count(profile.size().minBytes()) + "…" + Figures.count(profile.size().maxBytes())
                    + ", avg " + Figures.number(profile.size().avgBytes()));
        }
        return figures;
    }

    /** What a hybrid profile counted over every row: the null count and share, and the extremes of the column's type. */
    private static List<String> totals(ColumnProfile profile) {
        ColumnTotals totals = profile.totals();
        List<String> figures = new ArrayList<>();
        figures.add("nulls " + Figures.count(totals.nullCount()) + " (" + Figures.percent(totals.nullRatio()) + ")");
        if (totals.numeric() != null) {
            figures.add("range " + Figures.exactNumber(totals.numeric().min()) + "…" + Figures.exactNumber(totals.numeric().max()));
        }
        String uncounted = TableTexts.uncountedRange(profile);
        if (!uncounted.isEmpty()) {
            figures.add("range " + uncounted);
        }
        if (totals.temporal() != null) {
            figures.add("from " + Html.text(totals.temporal().min()) + " to " + Html.text(totals.temporal().max()));
        }
        if (totals.emptyCount() != null) {
            figures.add("empty " + Figures.count(totals.emptyCount()));
        }
        if (totals.bool() != null) {
            figures.add("true " + Figures.count(totals.bool().trueCount()));
            figures.add("false " + Figures.count(totals.bool().falseCount()));
        }
        if (totals.size() != null) {
            figures.add("bytes " + Figures.count(totals.size().minBytes()) + "…" + Figures.count(totals.size().maxBytes()));
        }
        return figures;
    }

    private void numeric(String name, NumericStats numeric) {
        if (numeric == null) {
            return;
        }
        List<String> figures = new ArrayList<>(List.of("sd " + Figures.number(numeric.stddev()), "sum " + Figures.number(numeric.sum()),
                "zeros " + Figures.count(numeric.zeros()), "negatives " + Figures.count(numeric.negatives())));
        Quantiles q = numeric.quantiles();
        if (q != null) {
            figures.addAll(List.of((q.exact() ? "" : "≈ ") + "p1 " + Figures.number(q.p1()), "p5 " + Figures.number(q.p5()),
                    "p25 " + Figures.number(q.p25()), "p50 " + Figures.number(q.p50()), "p75 " + Figures.number(q.p75()),
                    "p95 " + Figures.number(q.p95()), "p99 " + Figures.number(q.p99())));
        }
        figures(figures);
        Histogram histogram = numeric.histogram();
        if (histogram != null && !histogram.bins().isEmpty()) {
            out.append(SvgCharts.histogram(histogram, "Histogram of " + name));
            axis(Figures.number(histogram.bins().get(0).lower()),
                    Figures.number(histogram.bins().get(histogram.bins().size() - 1).upper()));
        }
    }

    private void temporal(String name, TemporalStats temporal) {
        if (temporal == null) {
            return;
        }
        figures(List.of("from " + Html.text(temporal.min()), "to " + Html.text(temporal.max())));
        List<ValueCount> periods = temporal.distribution();
        if (!periods.isEmpty()) {
            out.append(SvgCharts.distribution(periods, "Values of " + name + " per " + temporal.granularity()));
            axis(Html.text(periods.get(0).value()), Html.text(periods.get(periods.size() - 1).value()));
        }
    }

    private void text(TextStats text) {
        if (text == null) {
            return;
        }
        List<String> figures = new ArrayList<>(List.of("length " + text.minLength() + "…" + text.maxLength(),
                "avg " + Figures.number(text.avgLength()), "empty " + Figures.count(text.emptyCount())));
        text.topShapes().stream().limit(3).forEach(s -> figures.add("shape <code>" + Html.text(Html.shorten(s.value(), 40))
                + "</code> " + Figures.count(s.count())));
        figures(figures);
    }

    private void topValues(String name, FrequentValues top, long rows) {
        if (top != null && !top.values().isEmpty()) {
            out.append(SvgCharts.valueBars(top.values(), rows, "Most frequent values of " + name + (top.exact() ? "" : " (approximate)")));
        }
    }

    /** Figures are joined as given: callers escape anything that came from the database. */
    private void figures(List<String> figures) {
        out.append("<p class=\"fig\">").append(String.join(" · ", figures)).append("</p>");
    }

    /** Figures after a label naming the rows they describe; the label is ours, the figures as in {@link #figures(List)}. */
    private void figures(String rows, List<String> figures) {
        out.append("<p class=\"fig\"><b>").append(rows).append(":</b> ").append(String.join(" · ", figures)).append("</p>");
    }

    private void axis(String from, String to) {
        out.append("<div class=\"ax\"><span>").append(from).append("</span><span>").append(to).append("</span></div>");
    }
}
