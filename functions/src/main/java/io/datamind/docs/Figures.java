package io.datamind.docs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers read in the human-facing documents: grouped counts, percentages, four significant digits. */
public final class Figures {

    private Figures() {
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String percent(double ratio) {
        double percent = ratio * 100;
        if (percent > 0 && percent < 0.1) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** Whole numbers and anything from a thousand up are shown as grouped integers; smaller ones to four significant digits. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) || Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,d", new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).toBigInteger());
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    public static String rowCount(io.datamind.scan.RowCount rows) {
        if (rows == null) {
            return "";
        }
        return rows.exact() ? count(rows.value()) : "~" + count(rows.value());
    }
}
