package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import java.util.Locale;

/** The sentences that explain an inferred link. */
final class Evidence {

    private Evidence() {
    }

    static String types(ColumnSchema column, KeyTarget target) {
        String from = column.family().name().toLowerCase(Locale.ROOT);
        String to = target.key().family().name().toLowerCase(Locale.ROOT);
        return from.equals(to) ? "both " + from : from + " and " + to;
    }
}
