package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.UsZipValidator;
import io.datamind.scan.TypeFamily;

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

    /** ZIPs kept in integer columns have lost their leading zeros: 501 is 00501. */
    @Override
    protected boolean accepts(String value, ColumnContext column) {
        boolean integerColumn = column.family() == TypeFamily.INTEGER;
        return accepts(integerColumn && value.length() >= 3 && value.length() < 5 ? "0".repeat(5 - value.length()) + value : value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.2 + 0.6;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.2 + 0.6 * column.share(UsZipValidator::isZipPlusFour);
    }
}
