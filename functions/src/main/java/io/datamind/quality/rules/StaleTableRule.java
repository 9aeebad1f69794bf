package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * STALE: the newest value of the table's activity columns (updated_at, created_at, *_date, *_at…) is older than
 * the configured age. Reported, not scored: old data can be right. A hybrid profile's newest value over every row is
 * used: a sample may miss the few rows written lately, which are what makes a table fresh.
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
        Optional<Latest> newest = context.columnProfiles().stream()
                .filter(column -> ACTIVITY_NAME.matcher(column.column().toLowerCase(Locale.ROOT)).find())
                .map(StaleTableRule::latest).flatMap(Optional::stream)
                .max(Comparator.comparing(Latest::at));
        if (newest.isEmpty()) {
            return List.of();
        }
        Latest latest = newest.get();
        Duration age = Duration.between(latest.at(), context.clock().instant());
        if (age.compareTo(context.options().staleAfter()) <= 0) {
            return List.of();
        }
        String column = latest.column().column();
        return List.of(new Finding(id(), Severity.WARNING, null, context.table(), column, 0, 0.0,
                List.of(), "SELECT MAX(" + context.quote(column) + ") FROM " + context.qualifiedTable(),
                context.table().key() + " looks stale: its newest " + column + " is "
                        + latest.value() + ", " + age.toDays() + " days old"));
    }

    /** A column's newest value, as the profile renders it and as an instant. */
    private record Latest(ColumnProfile column, String value, Instant at) {
    }

    private static Optional<Latest> latest(ColumnProfile column) {
        return column.timeRange().map(ColumnTotals.TimeRange::max)
                .flatMap(value -> Timestamps.parse(value).map(at -> new Latest(column, value, at)));
    }
}
