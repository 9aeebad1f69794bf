package io.datamind.quality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A 0–100 score and its parts. {@code dimensions} holds only the dimensions that apply to the thing
 * scored (integrity applies only to columns that reference another table, for instance).
 */
public record QualityScore(double score, Map<Dimension, Double> dimensions) {

    public QualityScore {
        EnumMap<Dimension, Double> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(copy);
    }

    /** The weighted mean of the given dimension scores, weights re-normalised over those present. */
    public static QualityScore of(Map<Dimension, Double> dimensions) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<Dimension, Double> entry : dimensions.entrySet()) {
            weighted += entry.getKey().weight() * entry.getValue();
            weights += entry.getKey().weight();
        }
        double score = weights == 0 ? 100.0 : weighted / weights;
        return new QualityScore(round(score), dimensions);
    }

    static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
