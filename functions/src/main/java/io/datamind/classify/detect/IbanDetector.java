package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.IbanValidator;

public final class IbanDetector extends ValidatedDetector {

    public IbanDetector() {
        super(SemanticType.IBAN, NameRule.of("iban", "bank account", "account iban"), "IBANs (length and mod-97)");
    }

    @Override
    protected boolean accepts(String value) {
        return IbanValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.95;
    }
}
