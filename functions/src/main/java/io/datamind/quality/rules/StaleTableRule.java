package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * STALE: the newest value of the table's activity columns (updated_at, created_at, *_date, *_at…) is older than
 * the configured age. Reported, not scored: old data can be right.
 */
public final class StaleTableRule implements QualityRule {

    private static final Pattern ACTIVITY_NAME = Pattern.compile(
            "(^|_)(updated|modified|created|inserted|loaded|changed)(_at|_on|_date|_time|_ts)?$|_date$|_at$");

    @Override
    public String id() {
        return "STALE";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        ColumnProfile newestColumn = null;
        Instant newest = null;
        for (ColumnProfile column : context.columnProfiles()) {
            if (column.temporal() == null || !ACTIVITY_NAME.matcher(column.column().toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            Optional<Instant> max = Timestamps.parse(column.temporal().max());
            if (max.isPresent() && (newest == null || max.get().isAfter(newest))) {
                newest = max.get();
                newestColumn = column;
            }
        }
        if (newest == null) {
            return List.of();
        }
        Duration age = Duration.between(newest, context.clock().instant());
        if (age.compareTo(context.options().staleAfter()) <= 0) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.WARNING, null, context.table(), newestColumn.column(), 0, 0.0,
                List.of(), "SELECT MAX(" + context.quote(newestColumn.column()) + ") FROM " + context.qualifiedTable(),
                context.table().key() + " looks stale: its newest " + newestColumn.column() + " is "
                        + newestColumn.temporal().max() + ", " + age.toDays() + " days old"));
    }
}
