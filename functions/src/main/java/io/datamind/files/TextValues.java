package io.datamind.files;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the text of a data file's cell as each inferable type. Only unambiguous forms count: ISO-8601 dates and
 * timestamps (a space may stand for the 'T'; an offset or 'Z' is allowed), plain decimal numbers with an optional
 * exponent, and true/false/yes/no. Integers with a leading zero ("007", zip codes) are not integers: they would lose
 * the zero. Each method returns null when the text does not parse.
 */
final class TextValues {

    private static final Pattern INTEGER = Pattern.compile("[+-]?(0|[1-9][0-9]{0,18})");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}.*");

    private TextValues() {
    }

    /** Empty cells and the usual null markers ({@code null}, {@code \N}) are missing values. */
    static boolean isMissing(String text) {
        if (text == null) {
            return true;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() || trimmed.equalsIgnoreCase("null") || trimmed.equals("\\N");
    }

    static Long integer(String text) {
        String trimmed = text.strip();
        if (!digitsOnly(trimmed, 19) || !INTEGER.matcher(trimmed).matches()) {
            return null;
        }
        try {
            return Long.parseLong(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        } catch (NumberFormatException beyondLong) {
            return null;
        }
    }

    static Double decimal(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || !numberStart(trimmed.charAt(0)) || !DECIMAL.matcher(trimmed).matches()
                || hasLeadingZero(trimmed)) {
            return null;
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? value : null;
    }

    /** A cheap pre-check so that most text is rejected without running a regular expression. */
    private static boolean digitsOnly(String text, int maxDigits) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int length = text.length() - start;
        if (length < 1 || length > maxDigits) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean numberStart(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
    }

    /** "0123" is an identifier, "0.5" is a number. */
    private static boolean hasLeadingZero(String trimmed) {
        String digits = trimmed.startsWith("+") || trimmed.startsWith("-") ? trimmed.substring(1) : trimmed;
        return digits.length() > 1 && digits.charAt(0) == '0' && Character.isDigit(digits.charAt(1));
    }

    static Boolean bool(String text) {
        if (text.length() > 6) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    static LocalDate date(String text) {
        String trimmed = text.strip();
        if (trimmed.length() != 10 || trimmed.charAt(4) != '-' || !DATE.matcher(trimmed).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A LocalDateTime, or an OffsetDateTime when the text has an offset; a date alone is midnight. */
    static Object timestamp(String text) {
        LocalDate date = date(text);
        if (date != null) {
            return date.atStartOfDay();
        }
        String trimmed = text.strip();
        if (trimmed.length() < 16 || trimmed.charAt(4) != '-' || !TIMESTAMP.matcher(trimmed).matches()) {
            return null;
        }
        String iso = trimmed.charAt(10) == ' ' ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11) : trimmed;
        try {
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException local) {
            try {
                return OffsetDateTime.parse(iso);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Numbers as JSON and Parquet hand them over, in the types the profilers read. */
    static Object normalizeNumber(Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof Float) {
            return number.doubleValue();
        }
        if (number instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
        }
        return number;
    }
}
