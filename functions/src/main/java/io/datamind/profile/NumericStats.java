package io.datamind.profile;

public record NumericStats(
        double min,
        double max,
        double mean,
        double stddev,
        double sum,
        long zeros,
        long negatives,
        Quantiles quantiles,
        Histogram histogram) {
}
