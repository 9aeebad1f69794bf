package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.CreditCardValidator;

/** Card numbers pass Luhn and an issuer range; a random 16-digit number passes both only about once in ten. */
public final class CreditCardDetector extends ValidatedDetector {

    public CreditCardDetector() {
        super(SemanticType.CREDIT_CARD, NameRule.of("credit card", "card number", "cc number", "card no", "ccn",
                "pan", "card num", "cc num", "cc").weak(0.6, "card"), "payment card numbers (Luhn and issuer range)");
    }

    @Override
    protected boolean accepts(String value) {
        return CreditCardValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.9;
    }
}
