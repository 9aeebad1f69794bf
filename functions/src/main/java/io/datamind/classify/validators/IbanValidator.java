package io.datamind.classify.validators;

import java.util.Locale;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * ISO 13616 IBANs: a registered country with that country's length and BBAN format, and the mod-97 check,
 * from Apache Commons Validator's registry (no hand-kept country table).
 */
public final class IbanValidator {

    private IbanValidator() {
    }

    public static boolean isValid(String value) {
        return IBANValidator.getInstance().isValid(value.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** The number of registered countries, for tests of the reference data. */
    public static int countries() {
        return IBANValidator.getInstance().getDefaultValidators().length;
    }
}
