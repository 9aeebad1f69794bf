package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.UsZipValidator;

/** Five digits are anything; ZIP+4 is telling. Postal-code names count fully: US data calls ZIPs postal codes too. */
public final class UsZipDetector extends ValidatedDetector {

    public UsZipDetector() {
        super(SemanticType.US_ZIP, NameRule.of("zip", "zipcode", "zip code", "postal code", "postcode", "zip5",
                "post code", "postal"), "US ZIP codes");
    }

    @Override
    protected boolean accepts(String value) {
        return UsZipValidator.isValid(value);
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.2 + 0.6 * column.share(UsZipValidator::isZipPlusFour);
    }
}
