package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.PostalCodeValidator;

public final class PostalCodeDetector extends ValidatedDetector {

    public PostalCodeDetector() {
        super(SemanticType.POSTAL_CODE, NameRule.of("postal code", "postcode", "post code", "postal", "zip",
                "zipcode", "plz", "cap", "cep", "pincode"), "postal codes");
    }

    @Override
    protected boolean accepts(String value) {
        return PostalCodeValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.15 + 0.45;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.15 + 0.45 * column.share(PostalCodeValidator::isAlphanumeric);
    }
}
