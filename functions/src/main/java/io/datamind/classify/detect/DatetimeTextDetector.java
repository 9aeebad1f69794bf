package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import java.util.Optional;

/** Dates and times kept in text columns; reports the format that parses the most sampled values. */
public final class DatetimeTextDetector implements SemanticDetector {

    private static final double SPECIFICITY = 0.9;
    private static final NameRule NAMES = NameRule.of().weak(0.6, "date", "time", "timestamp", "datetime", "at", "on",
            "created", "updated", "modified", "dt", "ts", "day", "when");

    @Override
    public SemanticType type() {
        return SemanticType.DATETIME_TEXT;
    }

    @Override
    public double maxConfidence(ColumnContext column) {
        return Scoring.confidence(NAMES.match(column.name()).score(), 1.0, SPECIFICITY);
    }

    @Override
    public Optional<Candidate> detect(ColumnContext column) {
        if (!column.isTextual() || !column.hasValues()) {
            return Optional.empty();
        }
        return column.dateFormat()
                .filter(match -> match.ratio() >= Scoring.MIN_MATCH_RATIO)
                .map(match -> {
                    NameMatch name = NAMES.match(column.name());
                    String noun = "dates/times in format " + match.pattern().display();
                    return new Candidate(type(), Scoring.confidence(name.score(), match.ratio(), SPECIFICITY), match.ratio(),
                            match.pattern().display(), Scoring.reason(name, match.ratio(), column.values().size(), noun));
                });
    }
}
