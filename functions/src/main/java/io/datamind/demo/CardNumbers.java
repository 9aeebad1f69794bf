package io.datamind.demo;

import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/** Luhn-valid payment card numbers and the truncated form (first six, last four) a shop may keep. */
final class CardNumbers {

    private CardNumbers() {
    }

    static String generate(DemoRandom random, String brand) {
        String partial = switch (brand) {
            case "amex" -> (random.chance(0.5) ? "34" : "37") + random.digits(12);
            case "mastercard" -> "5" + random.between(1, 5) + random.digits(13);
            default -> "4" + random.digits(14);
        };
        return partial + luhnCheckDigit(partial);
    }

    static String truncated(String number) {
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    static boolean isLuhnValid(String number) {
        return LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(number);
    }

    private static String luhnCheckDigit(String partial) {
        try {
            return LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate(partial);
        } catch (CheckDigitException e) {
            throw new IllegalArgumentException("not a card number prefix: " + partial, e);
        }
    }
}
