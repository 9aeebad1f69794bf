package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.TextDates.DatePattern;
import io.datamind.scan.TypeFamily;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Birth dates: past dates since 1900 in a date column (or date text) whose name says birth. */
public final class DateOfBirthDetector implements SemanticDetector {

    private static final double SPECIFICITY = 0.15;
    private static final NameRule NAMES = NameRule.of("dob", "birth date", "date of birth", "birthday", "born",
            "bday", "birth dt", "born on", "d o b");

    private final Clock clock;

    public DateOfBirthDetector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SemanticType type() {
        return SemanticType.DATE_OF_BIRTH;
    }

    @Override
    public double maxConfidence(ColumnContext column) {
        return Scoring.confidence(NAMES.match(column.name()).score(), 1.0, SPECIFICITY);
    }

    @Override
    public Optional<Candidate> detect(ColumnContext column) {
        boolean nativeDate = column.family() == TypeFamily.DATE || column.family() == TypeFamily.TIMESTAMP;
        if (!column.hasValues() || !(nativeDate || column.isTextual())) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return column.dateFormat().flatMap(match -> {
            DatePattern pattern = match.pattern();
            double ratio = column.share(value -> match.date(value)
                    .filter(date -> date.getYear() >= 1900 && !date.isAfter(today)).isPresent());
            if (ratio < Scoring.MIN_MATCH_RATIO) {
                return Optional.empty();
            }
            NameMatch name = NAMES.match(column.name());
            return Optional.of(new Candidate(type(), Scoring.confidence(name.score(), ratio, SPECIFICITY), ratio,
                    nativeDate ? null : pattern.display(),
                    Scoring.reason(name, ratio, column.values().size(), "past dates since 1900")));
        });
    }
}
