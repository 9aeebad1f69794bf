package io.datamind.classify.validators;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.regex.Pattern;

/** Telephone numbers checked with libphonenumber's numbering plans; national numbers are read in a default region. */
public final class PhoneNumbers {

    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()./-]{6,24}((ext\\.?|x|#) ?\\d{1,6})?");
    private static final Pattern FORMATTED = Pattern.compile(".*[+() .-].*");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region used for numbers written without a country code, e.g. "US" */
    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public boolean isValid(String value) {
        if (!PHONE_CHARACTERS.matcher(value).matches() || Digits.count(value) < 7) {
            return false;
        }
        // Parsed once in the default region: the home check and the international checks read the same parse.
        Phonenumber.PhoneNumber home = parse(value, defaultRegion);
        return home != null && util.isValidNumber(home) || validAbroad(value.strip(), value, home);
    }

    /**
     * Data is rarely from one country, and hand-typed numbers rarely match a numbering plan to the digit: a number
     * written internationally ("+" or "00" and a known foreign country code), or with a national trunk "0" as most
     * of Europe writes them, counts when its length is possible for that country (or for some country, for a trunk
     * "0"). Numbers of the default region itself must be valid there.
     * Bare integers without a leading zero stay bound to the default region, where they are ambiguous enough.
     *
     * @param home {@code original} parsed in the default region (null when it does not parse)
     */
    private boolean validAbroad(String value, String original, Phonenumber.PhoneNumber home) {
        String international = value.startsWith("00") ? "+" + value.substring(2) : value;
        if (international.startsWith("+")) {
            Phonenumber.PhoneNumber number = international.equals(original) ? home : parse(international, defaultRegion);
            return number != null && isPossible(number) && number.getCountryCode() != util.getCountryCodeForRegion(defaultRegion);
        }
        if (!value.startsWith("0") || Digits.count(value) < 9) {
            return false;
        }
        for (String region : util.getSupportedRegions()) {
            Phonenumber.PhoneNumber number = parse(value, region);
            if (number != null && isPossible(number)) {
                return true;
            }
        }
        return false;
    }

    /** A number of a country that exists, of a length that country uses. */
    private boolean isPossible(Phonenumber.PhoneNumber number) {
        return !"ZZ".equals(util.getRegionCodeForCountryCode(number.getCountryCode())) && util.isPossibleNumber(number);
    }

    /** The number as read in a region, or null when it cannot be read as a phone number there. */
    private Phonenumber.PhoneNumber parse(String value, String region) {
        try {
            return util.parse(value, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** Written the way people write phone numbers (plus sign, brackets, separators), not as a bare integer. */
    public static boolean isFormatted(String value) {
        return FORMATTED.matcher(value).matches() && !value.matches("-?\\d+\\.\\d+");
    }
}
