package io.datamind.docs.markdown;

import io.datamind.docs.ColumnFacts;
import io.datamind.docs.Figures;
import io.datamind.docs.TableTexts;
import io.datamind.profile.BooleanStats;
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
import java.util.List;

/** The "Column statistics" part of a table page: every profiled figure, per column. */
final class MarkdownColumnStatistics {

    private final StringBuilder out;

    MarkdownColumnStatistics(StringBuilder out) {
        this.out = out;
    }

    /** @param tableTotals what a hybrid profile counted over every row; null for any other profile */
    void render(List<ColumnFacts> columns, TableTotals tableTotals) {
        List<ColumnFacts> profiled = columns.stream().filter(c -> c.profile() != null).toList();
        if (profiled.isEmpty()) {
            return;
        }
        out.append("## Column statistics\n\n");
        profiled.forEach(c -> column(c.name(), c.profile(), tableTotals));
    }

    private void column(String name, ColumnProfile profile, TableTotals tableTotals) {
        out.append("### ").append(Md.text(name)).append("\n\n");
        totals(profile, tableTotals);
        out.append("- Rows profiled: ").append(Figures.count(profile.rows())).append('\n');
        out.append("- Nulls: ").append(Figures.count(profile.nullCount())).append(" (").append(Figures.percent(profile.nullRatio()))
                .append(")\n");
        if (profile.distinct() != null) {
            out.append("- Distinct values: ").append(Figures.count(profile.distinct().value()));
            if (!profile.distinct().exact()) {
                out.append(" (estimated, ").append(Figures.count(profile.distinct().lowerBound())).append(" … ")
                        .append(Figures.count(profile.distinct().upperBound())).append(")");
            }
            out.append('\n');
        }
        if (profile.uniquenessRatio() != null) {
            out.append("- Uniqueness: ").append(Figures.percent(profile.uniquenessRatio())).append('\n');
        }
        if (profile.bool() != null) {
            out.append(trueAndFalse(profile.bool())).append('\n');
        }
        if (profile.size() != null) {
            out.append(size(profile.size().minBytes(), profile.size().maxBytes())).append(", average ")
                    .append(Figures.number(profile.size().avgBytes())).append('\n');
        }
        if (profile.samples() != null && !profile.samples().isEmpty()) {
            out.append("- Samples: ").append(String.join(", ", profile.samples().stream().map(Md::code).toList())).append('\n');
        }
        out.append('\n');
        numeric(profile.numeric());
        temporal(profile.temporal());
        text(profile.text());
        topValues(profile.topValues(), profile.rows());
    }

    /**
     * A hybrid profile's figures over every row, ahead of the sample's: the block says which rows each part counts,
     * so no figure below needs its own label.
     */
    private void totals(ColumnProfile profile, TableTotals tableTotals) {
        ColumnTotals totals = profile.totals();
        if (totals == null) {
            return;
        }
        out.append("**Over ").append(TableTexts.allRows(tableTotals)).append(":**\n\n");
        out.append("- Nulls: ").append(Figures.count(totals.nullCount())).append(" (").append(Figures.percent(totals.nullRatio()))
                .append(")\n");
        if (totals.numeric() != null) {
            out.append("- Range: ").append(Figures.exactNumber(totals.numeric().min())).append(" … ")
                    .append(Figures.exactNumber(totals.numeric().max())).append('\n');
        }
        String uncounted = TableTexts.uncountedRange(profile);
        if (!uncounted.isEmpty()) {
            out.append("- Range: ").append(uncounted).append('\n');
        }
        if (totals.temporal() != null) {
            out.append("- Range: ").append(Md.code(totals.temporal().min())).append(" … ").append(Md.code(totals.temporal().max()))
                    .append('\n');
        }
        if (totals.emptyCount() != null) {
            out.append("- Empty strings: ").append(Figures.count(totals.emptyCount())).append('\n');
        }
        if (totals.bool() != null) {
            out.append(trueAndFalse(totals.bool())).append('\n');
        }
        if (totals.size() != null) {
            out.append(size(totals.size().minBytes(), totals.size().maxBytes())).append('\n');
        }
        out.append("\n**In the sample** (every figure below):\n\n");
    }

    private static String trueAndFalse(BooleanStats bool) {
        return "- True: " + Figures.count(bool.trueCount()) + ", false: " + Figures.count(bool.falseCount());
    }

    private static String size(long minBytes, long maxBytes) {
        return "- Size: " + Figures.count(minBytes) + " … " + Figures.count(maxBytes) + " bytes";
    }

    private void numeric(NumericStats numeric) {
        if (numeric == null) {
            return;
        }
        out.append(new MarkdownTable("Min", "Max", "Mean", "Std dev", "Sum", "Zeros", "Negatives").alignRight(0, 1, 2, 3, 4, 5, 6)
                .row(Figures.number(numeric.min()), Figures.number(numeric.max()), Figures.number(numeric.mean()),
                        Figures.number(numeric.stddev()), Figures.number(numeric.sum()), Figures.count(numeric.zeros()),
                        Figures.count(numeric.negatives())).render()).append('\n');
        Quantiles q = numeric.quantiles();
        if (q != null) {
            out.append("Quantiles").append(q.exact() ? "" : " (estimated)").append(":\n\n");
            out.append(new MarkdownTable("p1", "p5", "p25", "p50", "p75", "p95", "p99").alignRight(0, 1, 2, 3, 4, 5, 6)
                    .row(Figures.number(q.p1()), Figures.number(q.p5()), Figures.number(q.p25()), Figures.number(q.p50()),
                            Figures.number(q.p75()), Figures.number(q.p95()), Figures.number(q.p99())).render()).append('\n');
        }
        histogram(numeric.histogram());
    }

    private void histogram(Histogram histogram) {
        if (histogram == null || histogram.bins().isEmpty()) {
            return;
        }
        long max = histogram.bins().stream().mapToLong(Histogram.Bin::count).max().orElse(1);
        MarkdownTable table = new MarkdownTable("From", "To", "Count", "").alignRight(0, 1, 2);
        for (Histogram.Bin bin : histogram.bins()) {
            table.row(Figures.number(bin.lower()), Figures.number(bin.upper()), Figures.count(bin.count()), bar(bin.count(), max));
        }
        out.append("Histogram").append(histogram.exact() ? "" : " (estimated)").append(":\n\n").append(table.render()).append('\n');
    }

    private void temporal(TemporalStats temporal) {
        if (temporal == null) {
            return;
        }
        out.append("Range: ").append(Md.code(temporal.min())).append(" … ").append(Md.code(temporal.max())).append("\n\n");
        if (!temporal.distribution().isEmpty()) {
            out.append("Distribution by ").append(Md.text(temporal.granularity())).append(":\n\n");
            valueTable("Period", temporal.distribution(), total(temporal.distribution()));
        }
    }

    private void text(TextStats text) {
        if (text == null) {
            return;
        }
        out.append("Length: ").append(text.minLength()).append(" … ").append(text.maxLength()).append(", average ")
                .append(Figures.number(text.avgLength())).append("; empty strings: ").append(Figures.count(text.emptyCount()))
                .append("\n\n");
        if (!text.topShapes().isEmpty()) {
            out.append("Value shapes (letters → A/a, digits → 9):\n\n");
            valueTable("Shape", text.topShapes(), total(text.topShapes()));
        }
    }

    private void topValues(FrequentValues top, long rows) {
        if (top == null || top.values().isEmpty()) {
            return;
        }
        out.append("Top values").append(top.exact() ? "" : " (approximate)").append(":\n\n");
        valueTable("Value", top.values(), rows);
    }

    private void valueTable(String heading, List<ValueCount> values, long total) {
        long max = values.stream().mapToLong(ValueCount::count).max().orElse(1);
        MarkdownTable table = new MarkdownTable(heading, "Count", "Share", "").alignRight(1, 2);
        for (ValueCount value : values) {
            table.row(Md.code(value.value()), Figures.count(value.count()),
                    total > 0 ? Figures.percent((double) value.count() / total) : "", bar(value.count(), max));
        }
        out.append(table.render()).append('\n');
    }

    private static long total(List<ValueCount> values) {
        return values.stream().mapToLong(ValueCount::count).sum();
    }

    /** A text bar readable in any Markdown viewer: up to 20 blocks. */
    private static String bar(long count, long max) {
        int blocks = max <= 0 ? 0 : (int) Math.round(20.0 * count / max);
        return "█".repeat(Math.max(blocks, count > 0 ? 1 : 0));
    }
}
