package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import java.util.Optional;

/**
 * A detector whose type has a value validator: it claims the column when enough sampled values pass,
 * with a confidence raised by a telling column name.
 */
public abstract class ValidatedDetector implements SemanticDetector {

    private final SemanticType type;
    private final NameRule names;
    private final String noun;

    protected ValidatedDetector(SemanticType type, NameRule names, String noun) {
        this.type = type;
        this.names = names;
        this.noun = noun;
    }

    @Override
    public final SemanticType type() {
        return type;
    }

    protected abstract boolean accepts(String value);

    /** Validation that depends on the column (e.g. its family); by default the value alone decides. */
    protected boolean accepts(String value, ColumnContext column) {
        return accepts(value);
    }

    /** How far the sampled values alone identify the type: 0 (not at all) to 1 (unmistakable). */
    protected abstract double valueSpecificity(ColumnContext column);

    /** Families whose values this detector can read; text and numbers by default. */
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual() || column.family().isNumeric();
    }

    /** The detected text format, for types that have one. */
    protected String format(ColumnContext column) {
        return null;
    }

    @Override
    public Optional<Candidate> detect(ColumnContext column) {
        if (!column.hasValues() || !appliesTo(column)) {
            return Optional.empty();
        }
        double ratio = column.shareIfAtLeast(value -> accepts(value, column), Scoring.MIN_MATCH_RATIO);
        if (ratio < Scoring.MIN_MATCH_RATIO) {
            return Optional.empty();
        }
        NameMatch name = names.match(column.name());
        double confidence = Scoring.confidence(name.score(), ratio, valueSpecificity(column));
        return Optional.of(new Candidate(type, confidence, ratio, format(column),
                Scoring.reason(name, ratio, column.values().size(), noun)));
    }
}
