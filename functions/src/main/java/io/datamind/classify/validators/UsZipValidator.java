package io.datamind.classify.validators;

import java.util.regex.Pattern;

/** US ZIP codes: five digits, or ZIP+4. */
public final class UsZipValidator {

    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final Pattern ZIP_PLUS_FOUR = Pattern.compile("\\d{5}-\\d{4}");

    private UsZipValidator() {
    }

    public static boolean isValid(String value) {
        return ZIP.matcher(value).matches() || isZipPlusFour(value);
    }

    public static boolean isZipPlusFour(String value) {
        return ZIP_PLUS_FOUR.matcher(value).matches();
    }
}
