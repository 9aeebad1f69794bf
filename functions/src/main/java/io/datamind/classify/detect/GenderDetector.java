package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.Genders;

/** Gender words (female, male, non-binary) are telling; one-letter codes need a name. */
public final class GenderDetector extends ValidatedDetector {

    private static final int MAX_DISTINCT = 8;

    public GenderDetector() {
        super(SemanticType.GENDER, NameRule.of("gender", "sex", "gender identity", "gndr"), "gender values");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual() && column.distinctAccepted(Genders::isGender) <= MAX_DISTINCT;
    }

    @Override
    protected boolean accepts(String value) {
        return Genders.isGender(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.35 + 0.5;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.35 + 0.5 * column.share(Genders::isWord);
    }
}
