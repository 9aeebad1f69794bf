package io.datamind.docs;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableTotals;
import io.datamind.scan.RowCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/** Wording shared by the human-facing formats, so Markdown and HTML say the same thing. */
public final class TableTexts {

    private TableTexts() {
    }

    /** "table", "view", "materialized view"…; empty when the scan failed. */
    public static String kind(TableEntry entry) {
        return entry.schema() == null || entry.schema().kind() == null ? ""
                : entry.schema().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The described text, else the catalog comment, else empty. */
    public static String description(TableEntry entry) {
        if (entry.description() != null && entry.description().description() != null) {
            return entry.description().description().text();
        }
        return entry.schema() != null && entry.schema().comment() != null ? entry.schema().comment() : "";
    }

    /** The catalog's row count; where it only estimated, the count a hybrid profile made over every row. */
    public static RowCount rowCount(TableEntry entry) {
        RowCount catalog = entry.schema() == null ? null : entry.schema().rowCount();
        TableProfile profile = entry.profile();
        if ((catalog == null || !catalog.exact()) && profile != null && profile.totals() != null) {
            return RowCount.exact(profile.totals().rows());
        }
        return catalog;
    }

    /** "all 10,000,000 rows": what a hybrid profile's totals were counted over. */
    public static String allRows(TableTotals totals) {
        return totals == null ? "all rows" : "all " + Figures.count(totals.rows()) + " rows";
    }

    /**
     * What a hybrid profile counted beyond its sample, naming only the figures its columns carry: "nulls, empty strings,
     * ranges and true/false counted over all 10,000,000 rows in 2.6 s"; empty for any other profile.
     */
    public static String totals(TableProfile profile) {
        if (profile == null || profile.totals() == null) {
            return "";
        }
        List<ColumnTotals> columns = profile.columns().stream().map(ColumnProfile::totals).filter(Objects::nonNull).toList();
        List<String> counted = new ArrayList<>(List.of("nulls"));
        addIfAny(counted, columns, t -> t.emptyCount() != null, "empty strings");
        addIfAny(counted, columns, t -> t.numeric() != null || t.temporal() != null, "ranges");
        addIfAny(counted, columns, t -> t.bool() != null, "true/false");
        addIfAny(counted, columns, t -> t.size() != null, "sizes in bytes");
        return listed(counted) + " counted over " + allRows(profile.totals())
                + " in " + Figures.seconds(profile.totals().durationMs());
    }

    /**
     * Why a hybrid profile's numeric column has no range over all rows although it holds values: the database's MIN
     * or MAX was NaN or an infinity, which {@link ColumnTotals} leaves out. Empty when there is a range or no value.
     */
    public static String uncountedRange(ColumnProfile profile) {
        ColumnTotals totals = profile.totals();
        boolean holdsValues = totals != null && totals.nullRatio() < 1.0 && profile.family() != null
                && profile.family().isNumeric();
        return holdsValues && totals.numeric() == null ? "not counted, the values include NaN or an infinity" : "";
    }

    private static void addIfAny(List<String> counted, List<ColumnTotals> columns, Predicate<ColumnTotals> has, String figure) {
        if (columns.stream().anyMatch(has)) {
            counted.add(figure);
        }
    }

    /** "a, b and c". */
    private static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    public static String failure(TableFailure failure) {
        String message = failure.message() == null ? "" : failure.message();
        return failure.errorType() == null ? message : failure.errorType() + ": " + message;
    }

    public static String lowerCase(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
