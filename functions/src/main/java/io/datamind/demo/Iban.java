package io.datamind.demo;

import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.IBANCheckDigit;
import java.util.List;
import java.util.Map;

/** Syntactically valid IBANs (correct ISO 13616 check digits) for the countries the shop trades in. */
final class Iban {

    private static final Map<String, List<String>> BANKS = Map.of(
            "GB", List.of("BARC", "LOYD", "NWBK", "HBUK", "MIDL"),
            "IE", List.of("AIBK", "BOFI"),
            "NL", List.of("ABNA", "INGB", "RABO", "TRIO"));

    private Iban() {
    }

    /** Null for countries without IBANs (US, CA), as in real bank-detail columns. */
    static String generate(DemoRandom random, String countryCode) {
        String bban = switch (countryCode) {
            case "GB", "IE" -> random.pick(BANKS.get(countryCode)) + random.digits(14);
            case "NL" -> random.pick(BANKS.get("NL")) + random.digits(10);
            case "DE" -> random.digits(18);
            case "FR" -> random.digits(23);
            default -> null;
        };
        return bban == null ? null : countryCode + checkDigits(countryCode, bban) + bban;
    }

    /** IBANCheckDigit computes over the IBAN with "00" in place of the check digits. */
    static String checkDigits(String countryCode, String bban) {
        try {
            return IBANCheckDigit.IBAN_CHECK_DIGIT.calculate(countryCode + "00" + bban);
        } catch (CheckDigitException e) {
            throw new IllegalArgumentException("not an IBAN body: " + countryCode + " " + bban, e);
        }
    }

    static boolean isValid(String iban) {
        return IBANCheckDigit.IBAN_CHECK_DIGIT.isValid(iban.replace(" ", ""));
    }

    /** The printed form, in groups of four. */
    static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
