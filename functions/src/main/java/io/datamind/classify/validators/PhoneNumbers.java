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
        return validIn(value, defaultRegion) || validAbroad(value.strip());
    }

    /**
     * Data is rarely from one country, and hand-typed numbers rarely match a numbering plan to the digit: a number
     * written internationally ("+" or "00" and a known foreign country code), or with a national trunk "0" as most
     * of Europe writes them, counts when its length is possible for that country (or for some country, for a trunk
     * "0"). Numbers of the default region itself must be valid there.
     * Bare integers without a leading zero stay bound to the default region, where they are ambiguous enough.
     */
    private boolean validAbroad(String value) {
        String international = value.startsWith("00") ? "+" + value.substring(2) : value;
        if (international.startsWith("+")) {
            return possibleIn(international, defaultRegion) && !homeCountry(international);
        }
        if (!value.startsWith("0") || Digits.count(value) < 9) {
            return false;
        }
        for (String region : util.getSupportedRegions()) {
            if (possibleIn(value, region)) {
                return true;
            }
        }
        return false;
    }

    /** Numbers of the default region's own country were already held to its numbering plan. */
    private boolean homeCountry(String international) {
        try {
            return util.parse(international, defaultRegion).getCountryCode() == util.getCountryCodeForRegion(defaultRegion);
        } catch (NumberParseException e) {
            return false;
        }
    }

    private boolean possibleIn(String value, String region) {
        try {
            Phonenumber.PhoneNumber number = util.parse(value, region);
            return !"ZZ".equals(util.getRegionCodeForCountryCode(number.getCountryCode())) && util.isPossibleNumber(number);
        } catch (NumberParseException e) {
            return false;
        }
    }

    private boolean validIn(String value, String region) {
        try {
            return util.isValidNumber(util.parse(value, region));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Written the way people write phone numbers (plus sign, brackets, separators), not as a bare integer. */
    public static boolean isFormatted(String value) {
        return FORMATTED.matcher(value).matches() && !value.matches("-?\\d+\\.\\d+");
    }
}
