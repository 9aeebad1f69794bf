package io.datamind.classify.validators;

import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

import java.util.List;

/**
 * Payment card numbers: Luhn checksum plus an issuer (IIN) range whose brand allows the number's length.
 * The IIN table covers the major networks; a number of an unknown issuer does not count as a card.
 */
public final class CreditCardValidator {

    /** An issuer range [low, high] over the first {@code prefixDigits} digits, with the lengths the brand issues. */
    private record IssuerRange(String brand, int prefixDigits, int low, int high, int minLength, int maxLength) {
        boolean covers(String number) {
            if (number.length() < Math.max(prefixDigits, minLength) || number.length() > maxLength) {
                return false;
            }
            int prefix = Integer.parseInt(number.substring(0, prefixDigits));
            return prefix >= low && prefix <= high;
        }
    }

    private static final List<IssuerRange> ISSUERS = List.of(
            new IssuerRange("Visa", 1, 4, 4, 13, 19),
            new IssuerRange("Mastercard", 2, 51, 55, 16, 16),
            new IssuerRange("Mastercard", 4, 2221, 2720, 16, 16),
            new IssuerRange("American Express", 2, 34, 34, 15, 15),
            new IssuerRange("American Express", 2, 37, 37, 15, 15),
            new IssuerRange("Discover", 4, 6011, 6011, 16, 19),
            new IssuerRange("Discover", 3, 644, 649, 16, 19),
            new IssuerRange("Discover", 2, 65, 65, 16, 19),
            new IssuerRange("JCB", 4, 3528, 3589, 16, 19),
            new IssuerRange("Diners Club", 3, 300, 305, 14, 19),
            new IssuerRange("Diners Club", 2, 36, 36, 14, 19),
            new IssuerRange("Diners Club", 2, 38, 39, 14, 19),
            new IssuerRange("UnionPay", 2, 62, 62, 16, 19),
            new IssuerRange("Maestro", 2, 50, 50, 12, 19),
            new IssuerRange("Maestro", 2, 56, 58, 12, 19),
            new IssuerRange("Maestro", 2, 67, 67, 12, 19));

    private CreditCardValidator() {
    }

    public static boolean isValid(String value) {
        String number = Digits.stripSeparators(value);
        return number != null && number.length() >= 12 && number.length() <= 19
                && hasKnownIssuer(number) && passesLuhn(number);
    }

    static boolean hasKnownIssuer(String number) {
        return ISSUERS.stream().anyMatch(issuer -> issuer.covers(number));
    }

    public static boolean passesLuhn(String number) {
        return LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(number);
    }
}
