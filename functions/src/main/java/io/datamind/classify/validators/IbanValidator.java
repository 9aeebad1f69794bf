package io.datamind.classify.validators;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** ISO 13616 IBANs: registered country, that country's length, alphanumeric BBAN and mod-97 check = 1. */
public final class IbanValidator {

    /** Country code → IBAN length, from the ISO 13616 registry (reference data in iban-lengths.tsv). */
    private static final Map<String, Integer> LENGTHS = ReferenceData.lines("iban-lengths.tsv").stream()
            .map(line -> line.split("\\s+"))
            .collect(Collectors.toUnmodifiableMap(fields -> fields[0], fields -> Integer.parseInt(fields[1])));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private IbanValidator() {
    }

    public static boolean isValid(String value) {
        String iban = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 5 || !iban.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return false;
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        return length != null && length == iban.length()
                && Character.isDigit(iban.charAt(2)) && Character.isDigit(iban.charAt(3))
                && checksum(iban) == 1;
    }

    /** The number of registered countries, for tests of the reference data. */
    public static int countries() {
        return LENGTHS.size();
    }

    private static int checksum(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (int i = 0; i < rearranged.length(); i++) {
            numeric.append(Character.getNumericValue(rearranged.charAt(i)));
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue();
    }
}
