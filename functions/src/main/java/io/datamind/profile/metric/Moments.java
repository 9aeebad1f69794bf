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

    /** Chan et al.'s pairwise update: the merged mean and m2 equal a single pass up to floating-point rounding. */
    public void merge(Moments other) {
        if (other.count == 0) {
            return;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        mean += delta * other.count / total;
        m2 += other.m2 + delta * delta * ((double) count * other.count / total);
        count = total;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        zeros += other.zeros;
        negatives += other.negatives;
    }

    public State state() {
        return new State(count, mean, m2, sum, min, max, zeros, negatives);
    }

    public static Moments restore(State state) {
        Moments moments = new Moments();
        moments.count = state.count();
        moments.mean = state.mean();
        moments.m2 = state.m2();
        moments.sum = state.sum();
        moments.min = state.count() == 0 ? Double.POSITIVE_INFINITY : state.min();
        moments.max = state.count() == 0 ? Double.NEGATIVE_INFINITY : state.max();
        moments.zeros = state.zeros();
        moments.negatives = state.negatives();
        return moments;
    }

    /** Serialisable form; min and max are meaningless (and written as 0) while count is 0. */
    public record State(long count, double mean, double m2, double sum, double min, double max, long zeros, long negatives) {
        public State {
            if (count == 0) {
                min = 0;
                max = 0;
            }
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
