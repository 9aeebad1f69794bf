package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IMPLAUSIBLE_DATE: dates before the earliest plausible date (1900-01-01 by default), typically placeholders
 * such as 0001-01-01 or 1800-01-01. Only columns whose profiled minimum is that early are queried: a hybrid profile's
 * minimum over every row, since a sample misses the one placeholder among millions.
 */
public final class ImplausibleDateRule implements QualityRule {

    @Override
    public String id() {
        return "IMPLAUSIBLE_DATE";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public List<String> aggregates(RuleContext context) {
        String bound = context.options().earliestPlausibleDate().toString();
        return checked(context).stream().map(c -> DateBoundCounter.countExpression(context, c, "<", bound)).toList();
    }

    @Override
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        String bound = context.options().earliestPlausibleDate().toString();
        for (ColumnProfile column : checked(context)) {
            DateBoundCounter.count(context, column, id(), Severity.WARNING, "<", bound, "before " + bound)
                    .ifPresent(findings::add);
        }
        return findings;
    }

    /** Temporal columns whose profiled minimum is before the earliest plausible date. */
    private static List<ColumnProfile> checked(RuleContext context) {
        Instant earliest = context.options().earliestPlausibleDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        List<ColumnProfile> checked = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            if (!column.family().isTemporal()) {
                continue;
            }
            Optional<Instant> min = column.timeRange().flatMap(range -> Timestamps.parse(range.min()));
            if (min.isPresent() && min.get().isBefore(earliest)) {
                checked.add(column);
            }
        }
        return checked;
    }
}
