package io.datamind.quality;

import java.math.BigDecimal;
import java.util.Locale;

/** Formatting shared by rule messages and generated SQL. */
public final class Texts {

    private Texts() {
    }

    public static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100.0);
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
