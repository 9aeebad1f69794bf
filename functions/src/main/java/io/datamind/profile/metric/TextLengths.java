package io.datamind.profile.metric;

/** Minimum, average and maximum length in characters, and the count of empty strings (exactly ''). */
public final class TextLengths {

    private long count;
    private long total;
    private int min = Integer.MAX_VALUE;
    private int max = Integer.MIN_VALUE;
    private long empty;

    public void add(int length) {
        count++;
        total += length;
        if (length < min) {
            min = length;
        }
        if (length > max) {
            max = length;
        }
        if (length == 0) {
            empty++;
        }
    }

    public long count() {
        return count;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public double average() {
        return count == 0 ? 0.0 : (double) total / count;
    }

    public long empty() {
        return empty;
    }
}
