package io.datamind.classify;

import io.datamind.classify.validators.Digits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The masks {@link ValueMasker} applies: each keeps only what identifies the shape, never the person. */
final class Masks {

    static final String HIDDEN = "****";
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\d+[A-Za-z]?|\\d+[A-Za-z]?$|\\d+");

    private Masks() {
    }

    static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return HIDDEN;
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /** Keeps the last four digits of a full number (two of a short one) and the separators. */
    static String phone(String value) {
        int digits = Digits.count(value);
        int keep = digits >= 10 ? 4 : 2;
        StringBuilder masked = new StringBuilder(value.length());
        int seen = 0;
        for (char c : value.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                masked.append(seen > digits - keep ? c : '*');
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    static String iban(String value) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 8) {
            return HIDDEN;
        }
        return compact.substring(0, 2) + "*".repeat(compact.length() - 6) + compact.substring(compact.length() - 4);
    }

    static String initials(String value) {
        StringBuilder masked = new StringBuilder();
        for (String word : value.split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.append(word.isEmpty() ? "" : word.charAt(0) + "***");
        }
        return masked.toString();
    }

    static String firstCharacter(String value) {
        return value.isEmpty() ? HIDDEN : value.charAt(0) + "***";
    }

    /** "742 Evergreen Terrace" → "### ***": the number's length survives, nothing else. */
    static String houseNumberShape(String value) {
        Matcher number = HOUSE_NUMBER.matcher(value);
        if (!number.find()) {
            return HIDDEN;
        }
        String shape = number.group().replaceAll("\\d", "#").replaceAll("[A-Za-z]", "*");
        return number.start() == 0 ? shape + " ***" : "*** " + shape;
    }

    static String keepPrefix(String value, int keep) {
        if (value.length() <= keep) {
            return HIDDEN;
        }
        StringBuilder masked = new StringBuilder(value.substring(0, keep));
        for (char c : value.substring(keep).toCharArray()) {
            masked.append(Character.isLetterOrDigit(c) ? '*' : c);
        }
        return masked.toString();
    }

    /** "1985-03-14" → "1985-**-**", "14/03/1985" → "**\/**\/1985". */
    static String yearOnly(String value) {
        Matcher year = YEAR.matcher(value);
        if (!year.find()) {
            return HIDDEN;
        }
        String before = value.substring(0, year.start()).replaceAll("[0-9A-Za-z]", "*");
        String after = value.substring(year.end()).replaceAll("[0-9A-Za-z]", "*");
        return before + year.group() + after;
    }

    static String ageBand(String value) {
        try {
            int age = (int) Double.parseDouble(value);
            int low = age / 10 * 10;
            return low + "-" + (low + 9);
        } catch (NumberFormatException e) {
            return HIDDEN;
        }
    }

    /** One decimal of a degree is about 11 km: enough for a region, not for a home. */
    static String oneDecimal(String value) {
        try {
            return String.format(Locale.ROOT, "%.1f", Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return HIDDEN;
        }
    }

    static String ipv4(String value) {
        String[] octets = value.split("\\.");
        return octets.length == 4 ? octets[0] + "." + octets[1] + ".*.*" : HIDDEN;
    }

    static String ipv6(String value) {
        String[] groups = value.split(":");
        return groups.length >= 3 && !groups[0].isEmpty() && !groups[1].isEmpty() ? groups[0] + ":" + groups[1] + ":*" : HIDDEN;
    }

    /** Keeps the manufacturer prefix (OUI), hides the device part. */
    static String macAddress(String value) {
        if (value.length() == 17) {
            return value.substring(0, 9) + value.substring(9).replaceAll("[0-9A-Fa-f]", "*");
        }
        return value.length() == 14 ? value.substring(0, 7) + value.substring(7).replaceAll("[0-9A-Fa-f]", "*") : HIDDEN;
    }

    static String lastDigits(String value, int count) {
        String digits = value.replaceAll("\\D", "");
        return digits.length() < count ? "*".repeat(count) : digits.substring(digits.length() - count);
    }
}
