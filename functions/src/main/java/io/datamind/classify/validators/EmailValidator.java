package io.datamind.classify.validators;

/**
 * E-mail addresses as Apache Commons Validator checks them (RFC 5322 local part, a real top-level domain),
 * without quoted local parts or IP-literal hosts, which no table of customer data holds.
 */
public final class EmailValidator {

    private static final org.apache.commons.validator.routines.EmailValidator EMAIL =
            org.apache.commons.validator.routines.EmailValidator.getInstance(false, false);

    private EmailValidator() {
    }

    public static boolean isValid(String value) {
        // Commons' pattern needs an "@"; asking first spares its regular expressions on most values of most columns.
        return value.length() <= 254 && value.indexOf('@') >= 0 && EMAIL.isValid(value);
    }
}
