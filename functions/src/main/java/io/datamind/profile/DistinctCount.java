package io.datamind.profile;

/** Distinct non-null values; when estimated, the sketch's bounds at about 95% confidence. */
public record DistinctCount(long value, boolean exact, long lowerBound, long upperBound) {
    public static DistinctCount exact(long value) {
        return new DistinctCount(value, true, value, value);
    }
}
