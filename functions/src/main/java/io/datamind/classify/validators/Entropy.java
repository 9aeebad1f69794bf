package io.datamind.classify.validators;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of a string's characters, a cheap test of "looks random". */
public final class Entropy {

    private Entropy() {
    }

    public static double bitsPerChar(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        value.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        double length = value.codePointCount(0, value.length());
        double bits = 0;
        for (int count : counts.values()) {
            double p = count / length;
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
