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

    /** The most {@link #valueSpecificity} can be, whatever the column: it bounds the confidence of a claim. */
    protected abstract double maxValueSpecificity();

    /** How far the sampled values alone identify the type: 0 (not at all) to 1 (unmistakable); fixed by default. */
    protected double valueSpecificity(ColumnContext column) {
        return maxValueSpecificity();
    }

    /** Families whose values this detector can read; text and numbers by default. */
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual() || column.family().isNumeric();
    }

    /** The detected text format, for types that have one. */
    protected String format(ColumnContext column) {
        return null;
    }

    /** Every value passing, at the most specific: what the name alone cannot raise. */
    @Override
    public double maxConfidence(ColumnContext column) {
        return Scoring.confidence(names.match(column.name()).score(), 1.0, maxValueSpecificity());
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
