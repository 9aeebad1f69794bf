package io.datamind.quality.rules;

import io.datamind.classify.SemanticType;
import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.scan.TypeFamily;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FUTURE_DATE: dates that record something past (a birth, a creation, an update) lie after now.
 * A birth date in the future is an error; a creation or update stamp in the future (clock skew) a warning.
 * Only columns whose profiled maximum is in the future are queried: a hybrid profile's maximum over every row, since
 * a sample misses the one future date among millions.
 */
public final class FutureDateRule implements QualityRule {

    private static final Pattern BIRTH = Pattern.compile("birth|(^|_)dob$");
    private static final Pattern PAST_EVENT = Pattern.compile(
            "(^|_)(created|inserted|updated|modified|registered|signup|signed_up|joined|born)(_at|_on|_date|_time|_ts)?$");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Override
    public String id() {
        return "FUTURE_DATE";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    @Override
    public List<String> aggregates(RuleContext context) {
        return checks(context).stream()
                .map(c -> DateBoundCounter.countExpression(context, c.column(), ">", c.bound())).toList();
    }

    @Override
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks(context)) {
            DateBoundCounter.count(context, check.column(), id(), check.birth() ? Severity.ERROR : Severity.WARNING, ">",
                    check.bound(), (check.birth() ? "birth dates" : "past events") + " in the future (after " + check.bound() + ")")
                    .ifPresent(findings::add);
        }
        return findings;
    }

    /** A column of past events to count values after {@code bound} (now) in. */
    private record Check(ColumnProfile column, boolean birth, String bound) {
    }

    private static List<Check> checks(RuleContext context) {
        List<Check> checks = new ArrayList<>();
        Instant now = context.clock().instant();
        for (ColumnProfile column : context.columnProfiles()) {
            if (!column.family().isTemporal()) {
                continue;
            }
            boolean birth = isBirthDate(context, column);
            if (!birth && !PAST_EVENT.matcher(lower(column)).find()) {
                continue;
            }
            Optional<Instant> max = column.timeRange().flatMap(range -> Timestamps.parse(range.max()));
            if (max.isEmpty() || !max.get().isAfter(now)) {
                continue;
            }
            String bound = column.family() == TypeFamily.DATE
                    ? LocalDate.ofInstant(now, ZoneOffset.UTC).toString()
                    : LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).format(TIMESTAMP);
            checks.add(new Check(column, birth, bound));
        }
        return checks;
    }

    private static boolean isBirthDate(RuleContext context, ColumnProfile column) {
        return context.semantics(column.column()).map(s -> s.type() == SemanticType.DATE_OF_BIRTH).orElse(false)
                || BIRTH.matcher(lower(column)).find();
    }

    private static String lower(ColumnProfile column) {
        return column.column().toLowerCase(Locale.ROOT);
    }
}
