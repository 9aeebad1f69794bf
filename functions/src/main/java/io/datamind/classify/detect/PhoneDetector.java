package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.PhoneNumbers;
import io.datamind.scan.TypeFamily;

/** Phones per libphonenumber. Bare 10-digit integers are valid US numbers too often, so those need a name. */
public final class PhoneDetector extends ValidatedDetector {

    private final PhoneNumbers phones;

    public PhoneDetector(String defaultRegion) {
        super(SemanticType.PHONE, NameRule.of("phone", "telephone", "tel", "mobile", "cell", "fax", "msisdn",
                "phone number", "contact number", "mobile number", "cellphone").weak(0.5, "contact"), "valid phone numbers");
        this.phones = new PhoneNumbers(defaultRegion);
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual() || column.family() == TypeFamily.INTEGER;
    }

    @Override
    protected boolean accepts(String value) {
        return phones.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.15 + 0.7;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.15 + 0.7 * column.share(PhoneNumbers::isFormatted);
    }
}
