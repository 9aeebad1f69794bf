package io.datamind.docs;

import java.util.Locale;

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

    public static String failure(TableFailure failure) {
        String message = failure.message() == null ? "" : failure.message();
        return failure.errorType() == null ? message : failure.errorType() + ": " + message;
    }

    public static String lowerCase(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
