package io.datamind.classify;

import io.datamind.classify.validators.Digits;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks sample values before they are shown in a dictionary.
 * <ul>
 *   <li>Secrets and tokens are never shown: {@link #mask} returns empty and {@link #isShowable} is false.</li>
 *   <li>Non-PII values and PUBLIC ones (countries, states) pass unchanged.</li>
 *   <li>Every other PII type keeps just enough to recognise the shape ("j***@example.com", "***-**-1234");
 *       a PII type without a dedicated mask is hidden completely ("****"), failing closed.</li>
 * </ul>
 */
public final class ValueMasker {

    private static final Set<SemanticType> NEVER_SHOWN = Set.of(SemanticType.PASSWORD_OR_SECRET, SemanticType.HASH_OR_TOKEN);
    private static final String HIDDEN = "****";
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\d+[A-Za-z]?|\\d+[A-Za-z]?$|\\d+");

    private final Map<SemanticType, UnaryOperator<String>> masks = new EnumMap<>(SemanticType.class);

    public ValueMasker() {
        masks.put(SemanticType.EMAIL, ValueMasker::email);
        masks.put(SemanticType.PHONE, ValueMasker::phone);
        masks.put(SemanticType.US_SSN, value -> "***-**-" + lastDigits(value, 4));
        masks.put(SemanticType.CREDIT_CARD, value -> "**** **** **** " + lastDigits(value, 4));
        masks.put(SemanticType.IBAN, ValueMasker::iban);
        masks.put(SemanticType.FIRST_NAME, ValueMasker::initials);
        masks.put(SemanticType.LAST_NAME, ValueMasker::initials);
        masks.put(SemanticType.FULL_NAME, ValueMasker::initials);
        masks.put(SemanticType.USERNAME, ValueMasker::firstCharacter);
        masks.put(SemanticType.CITY, ValueMasker::firstCharacter);
        masks.put(SemanticType.STREET_ADDRESS, ValueMasker::houseNumberShape);
        masks.put(SemanticType.US_ZIP, value -> keepPrefix(value, 3));
        masks.put(SemanticType.POSTAL_CODE, value -> keepPrefix(value, 2));
        masks.put(SemanticType.DATE_OF_BIRTH, ValueMasker::yearOnly);
        masks.put(SemanticType.AGE, ValueMasker::ageBand);
        masks.put(SemanticType.LATITUDE, ValueMasker::oneDecimal);
        masks.put(SemanticType.LONGITUDE, ValueMasker::oneDecimal);
        masks.put(SemanticType.IPV4, ValueMasker::ipv4);
        masks.put(SemanticType.IPV6, ValueMasker::ipv6);
        masks.put(SemanticType.MAC_ADDRESS, ValueMasker::macAddress);
    }

    /** False for types whose values must never appear anywhere, masked or not. */
    public boolean isShowable(ColumnSemantics semantics) {
        return !NEVER_SHOWN.contains(semantics.type());
    }

    /** The value as it may be shown; empty when the type is never shown or the value is null. */
    public Optional<String> mask(ColumnSemantics semantics, String value) {
        if (value == null || !isShowable(semantics)) {
            return Optional.empty();
        }
        if (semantics.piiCategory() == PiiCategory.NONE || semantics.sensitivity() == Sensitivity.PUBLIC) {
            return Optional.of(value);
        }
        UnaryOperator<String> mask = masks.getOrDefault(semantics.type(), ignored -> HIDDEN);
        return Optional.of(mask.apply(value.strip()));
    }

    private static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return HIDDEN;
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /** Keeps the last four digits of a full number (two of a short one) and the separators. */
    private static String phone(String value) {
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

    private static String iban(String value) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 8) {
            return HIDDEN;
        }
        return compact.substring(0, 2) + "*".repeat(compact.length() - 6) + compact.substring(compact.length() - 4);
    }

    private static String initials(String value) {
        StringBuilder masked = new StringBuilder();
        for (String word : value.split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.append(word.isEmpty() ? "" : word.charAt(0) + "***");
        }
        return masked.toString();
    }

    private static String firstCharacter(String value) {
        return value.isEmpty() ? HIDDEN : value.charAt(0) + "***";
    }

    /** "742 Evergreen Terrace" → "### ***": the number's length survives, nothing else. */
    private static String houseNumberShape(String value) {
        Matcher number = HOUSE_NUMBER.matcher(value);
        if (!number.find()) {
            return HIDDEN;
        }
        String shape = number.group().replaceAll("\\d", "#").replaceAll("[A-Za-z]", "*");
        return number.start() == 0 ? shape + " ***" : "*** " + shape;
    }

    private static String keepPrefix(String value, int keep) {
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
    private static String yearOnly(String value) {
        Matcher year = YEAR.matcher(value);
        if (!year.find()) {
            return HIDDEN;
        }
        String before = value.substring(0, year.start()).replaceAll("[0-9A-Za-z]", "*");
        String after = value.substring(year.end()).replaceAll("[0-9A-Za-z]", "*");
        return before + year.group() + after;
    }

    private static String ageBand(String value) {
        try {
            int age = (int) Double.parseDouble(value);
            int low = age / 10 * 10;
            return low + "-" + (low + 9);
        } catch (NumberFormatException e) {
            return HIDDEN;
        }
    }

    /** One decimal of a degree is about 11 km: enough for a region, not for a home. */
    private static String oneDecimal(String value) {
        try {
            return String.format(Locale.ROOT, "%.1f", Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return HIDDEN;
        }
    }

    private static String ipv4(String value) {
        String[] octets = value.split("\\.");
        return octets.length == 4 ? octets[0] + "." + octets[1] + ".*.*" : HIDDEN;
    }

    private static String ipv6(String value) {
        String[] groups = value.split(":");
        return groups.length >= 3 && !groups[0].isEmpty() && !groups[1].isEmpty() ? groups[0] + ":" + groups[1] + ":*" : HIDDEN;
    }

    /** Keeps the manufacturer prefix (OUI), hides the device part. */
    private static String macAddress(String value) {
        if (value.length() == 17) {
            return value.substring(0, 9) + value.substring(9).replaceAll("[0-9A-Fa-f]", "*");
        }
        return value.length() == 14 ? value.substring(0, 7) + value.substring(7).replaceAll("[0-9A-Fa-f]", "*") : HIDDEN;
    }

    private static String lastDigits(String value, int count) {
        String digits = value.replaceAll("\\D", "");
        return digits.length() < count ? "*".repeat(count) : digits.substring(digits.length() - count);
    }
}
