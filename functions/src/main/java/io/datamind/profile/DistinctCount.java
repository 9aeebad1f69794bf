package io.datamind.profile;

/** Distinct non-null values; when estimated, the sketch's bounds at about 95% confidence. */
public record DistinctCount(long value, boolean exact, long lowerBound, long upperBound) {
    public static DistinctCount exact(long value) {
        return new DistinctCount(value, true, value, value);
    }

    /** A sketch can overshoot; there are never more distinct values than non-null ones. */
    public DistinctCount cappedAt(long nonNullCount) {
        if (value <= nonNullCount && upperBound <= nonNullCount) {
            return this;
        }
        return new DistinctCount(Math.min(value, nonNullCount), exact,
                Math.min(lowerBound, nonNullCount), Math.min(upperBound, nonNullCount));
    }
}
