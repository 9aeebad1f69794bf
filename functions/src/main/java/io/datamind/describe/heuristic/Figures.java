package io.datamind.describe.heuristic;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written for people: "16,044", "1.1%", "11.99". */
public final class Figures {

    private Figures() {
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Share of {@code part} in {@code whole} with one decimal; tiny non-zero shares read "<0.1%", never "0.0%". */
    public static String percent(long part, long whole) {
        if (whole <= 0) {
            return "0%";
        }
        return percent((double) part / whole);
    }

    public static String percent(double ratio) {
        double pct = ratio * 100;
        if (pct > 0 && pct < 0.05) {
            return "<0.1%";
        }
        if (pct < 100 && pct > 99.95) {
            return ">99.9%";
        }
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(pct) + "%";
    }

    /** A measured value: grouped thousands, at most four decimals, no trailing zeros. */
    public static String number(double value) {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
