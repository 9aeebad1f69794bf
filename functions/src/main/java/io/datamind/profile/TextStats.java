package io.datamind.profile;

import java.util.List;

/**
 * @param topShapes most frequent value shapes: letters become A/a, digits 9, other characters stay
 *                  ("Main St 42" → "Aaaa Aa 99")
 */
public record TextStats(int minLength, double avgLength, int maxLength, long emptyCount, List<ValueCount> topShapes) {
    public TextStats {
        topShapes = List.copyOf(topShapes);
    }
}
