package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.UsSsnValidator;

/** SSNs: the dashed 3-2-4 form is telling by itself; nine bare digits need a name. */
public final class UsSsnDetector extends ValidatedDetector {

    public UsSsnDetector() {
        super(SemanticType.US_SSN, NameRule.of("ssn", "social security", "social security number", "soc sec",
                "ss number", "tax id", "tin"), "valid US social security numbers");
    }

    @Override
    protected boolean accepts(String value) {
        return UsSsnValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.2 + 0.65;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.2 + 0.65 * column.share(UsSsnValidator::isDashed);
    }
}
