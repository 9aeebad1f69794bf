package io.datamind.demo;

import java.math.BigInteger;
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

    static String checkDigits(String countryCode, String bban) {
        String rearranged = bban + countryCode + "00";
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int remainder = new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", 98 - remainder);
    }

    static boolean isValid(String iban) {
        String compact = iban.replace(" ", "");
        return checkDigits(compact.substring(0, 2), compact.substring(4)).equals(compact.substring(2, 4));
    }

    /** The printed form, in groups of four. */
    static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
