package io.datamind.classify.validators;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Numbers as databases and files print them, optionally with a currency symbol, thousands separators or a % sign. */
public final class NumberText {

    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");
    private static final String CURRENCY_SYMBOLS = "$€£¥₹₩₽";

    private NumberText() {
    }

    /** The value of a plain or comma-grouped number. */
    public static OptionalDouble parse(String value) {
        if (PLAIN.matcher(value).matches()) {
            return OptionalDouble.of(Double.parseDouble(value));
        }
        if (GROUPED.matcher(value).matches()) {
            return OptionalDouble.of(Double.parseDouble(value.replace(",", "")));
        }
        return OptionalDouble.empty();
    }

    public static boolean isNumber(String value) {
        return parse(value).isPresent();
    }

    public static boolean isInteger(String value) {
        return INTEGER.matcher(value).matches();
    }

    public static boolean isIntegerBetween(String value, long min, long max) {
        if (!isInteger(value)) {
            return false;
        }
        long number = Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
        return number >= min && number <= max;
    }

    public static boolean isBetween(String value, double min, double max) {
        OptionalDouble number = parse(value);
        return number.isPresent() && number.getAsDouble() >= min && number.getAsDouble() <= max;
    }

    /** "$1,234.50", "€ 12.00", "12.00 EUR"-style amounts carrying a currency symbol. */
    public static boolean hasCurrencySymbol(String value) {
        String stripped = stripCurrency(value);
        return !stripped.equals(value) && isNumber(stripped);
    }

    /** Amount without its currency symbol (either side); the value itself when it has none. */
    public static String stripCurrency(String value) {
        String v = value.strip();
        boolean negative = v.startsWith("-");
        String unsigned = negative ? v.substring(1).strip() : v;
        if (!unsigned.isEmpty() && CURRENCY_SYMBOLS.indexOf(unsigned.charAt(0)) >= 0) {
            return (negative ? "-" : "") + unsigned.substring(1).strip();
        }
        if (!unsigned.isEmpty() && CURRENCY_SYMBOLS.indexOf(unsigned.charAt(unsigned.length() - 1)) >= 0) {
            return (negative ? "-" : "") + unsigned.substring(0, unsigned.length() - 1).strip();
        }
        return value;
    }

    /** "12.5%", "-3 %". */
    public static boolean isPercentText(String value) {
        return value.endsWith("%") && isNumber(value.substring(0, value.length() - 1).strip());
    }

    /** Digits after the decimal point (0 for integers). */
    public static int decimals(String value) {
        int dot = value.indexOf('.');
        return dot < 0 ? 0 : value.length() - dot - 1;
    }
}
