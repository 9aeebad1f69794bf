package io.datamind.quality;

import java.math.BigDecimal;
import java.util.Locale;

/** Formatting shared by rule messages and generated SQL. */
public final class Texts {

    private Texts() {
    }

    /**
     * One decimal; a share that would round to 0.0% or 100.0% without being it says so ("<0.1%"), since exact counts
     * over every row find the 12 NULLs among 1.2 million rows that a message must not call none.
     */
    public static String percent(double ratio) {
        double percent = ratio * 100.0;
        if (percent > 0 && percent < 0.05) {
            return "<0.1%";
        }
        if (percent < 100 && percent >= 99.95) {
            return ">99.9%";
        }
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** A number as a plain SQL literal (no exponent), trailing zeros removed. */
    public static String number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    /** A string as a SQL literal. */
    public static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static double ratio(long part, long whole) {
        return whole <= 0 ? 0.0 : Math.min(1.0, (double) part / whole);
    }
}
