package io.datamind.docs;

import io.datamind.scan.RowCount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How numbers read in the human-facing documents: grouped counts ("1,234"), one-decimal percentages, four significant
 * digits. Written by hand rather than with String.format because a large dictionary formats hundreds of thousands of
 * figures and Formatter dominated render time.
 */
public final class Figures {

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private Figures() {
    }

    public static String count(long value) {
        String digits = Long.toString(value);
        int start = value < 0 ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3).append(digits, 0, start);
        int firstGroup = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, start, start + firstGroup);
        for (int i = start + firstGroup; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    public static String percent(double ratio) {
        double percent = ratio * 100;
        if (percent > 0 && percent < 0.05) {
            return "<0.1%";
        }
        long tenths = Math.round(percent * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10 + "%";
    }

    /** Whole numbers and anything from a thousand up are shown as grouped integers; smaller ones to four significant digits. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) || Math.abs(value) >= 1000) {
            if (Math.abs(value) < 9e18) {
                return count(Math.round(value));
            }
            return new BigDecimal(value).round(FOUR_DIGITS).toString();
        }
        return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * A value with up to {@value #EXACT_DIGITS} significant digits, the integer part grouped: for extremes counted over
     * every row, which {@link #number} would round (9,999,999.99 to "10,000,000", a value the column never holds). A
     * decimal column's extreme keeps every digit; a float's stops where its last digits would only be noise
     * (99.99999954230651 reads 99.9999995423). From 10^15 on a double holds no exact decimals, so those read as
     * {@link #number} does.
     */
    static final int EXACT_DIGITS = 12;

    public static String exactNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 1e15) {
            return number(value);
        }
        String plain = BigDecimal.valueOf(value).round(new MathContext(EXACT_DIGITS, RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        int point = plain.indexOf('.');
        String whole = plain.substring(sign.length(), point < 0 ? plain.length() : point);
        return sign + count(Long.parseLong(whole)) + (point < 0 ? "" : plain.substring(point));
    }

    /** "2.6 s". */
    public static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    public static String rowCount(RowCount rows) {
        if (rows == null) {
            return "";
        }
        return rows.exact() ? count(rows.value()) : "~" + count(rows.value());
    }
}
