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

    public void merge(TextLengths other) {
        count += other.count;
        total += other.total;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        empty += other.empty;
    }

    public State state() {
        return new State(count, total, count == 0 ? 0 : min, count == 0 ? 0 : max, empty);
    }

    public static TextLengths restore(State state) {
        TextLengths lengths = new TextLengths();
        lengths.count = state.count();
        lengths.total = state.total();
        lengths.min = state.count() == 0 ? Integer.MAX_VALUE : state.min();
        lengths.max = state.count() == 0 ? Integer.MIN_VALUE : state.max();
        lengths.empty = state.empty();
        return lengths;
    }

    public record State(long count, long total, int min, int max, long empty) {
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
