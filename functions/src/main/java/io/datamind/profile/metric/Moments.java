package io.datamind.profile.metric;

/**
 * Min, max, sum, mean and sample standard deviation in one pass (Welford's update, numerically stable),
 * plus zero and negative counts. Only finite values are fed: a NaN or infinity would poison every figure.
 */
public final class Moments {

    private long count;
    private double mean;
    private double m2;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long zeros;
    private long negatives;

    public void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        m2 += delta * (value - mean);
        sum += value;
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
        if (value == 0.0) {
            zeros++;
        } else if (value < 0.0) {
            negatives++;
        }
    }

    public long count() {
        return count;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double mean() {
        return mean;
    }

    /** Sample standard deviation; 0 for a single value, where SQL's stddev_samp would be NULL. */
    public double stddev() {
        return count < 2 ? 0.0 : Math.sqrt(Math.max(0.0, m2 / (count - 1)));
    }

    public double sum() {
        return sum;
    }

    public long zeros() {
        return zeros;
    }

    public long negatives() {
        return negatives;
    }
}
