package io.datamind.profile.metric;

import io.datamind.profile.FrequentValues;
import io.datamind.profile.ValueCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.LongsSketch;
import org.apache.datasketches.memory.Memory;

/** Most frequent values of a column whose values map to longs (numbers, dates): no boxing per value. */
public final class FrequentLongs {

    private static final int MAX_MAP_SIZE = 4096;

    private final LongsSketch sketch;
    private final int limit;

    public FrequentLongs(int limit) {
        this(limit, MAX_MAP_SIZE);
    }

    FrequentLongs(int limit, int maxMapSize) {
        this.sketch = new LongsSketch(maxMapSize);
        this.limit = limit;
    }

    LongsSketch sketch() {
        return sketch;
    }

    private FrequentLongs(LongsSketch sketch, int limit) {
        this.sketch = sketch;
        this.limit = limit;
    }

    /** Misra-Gries summaries merge with the error bounds adding up; counts stay exact while neither purged. */
    public void merge(FrequentLongs other) {
        sketch.merge(other.sketch);
    }

    public byte[] state() {
        return sketch.toByteArray();
    }

    public static FrequentLongs restore(byte[] state, int limit) {
        return new FrequentLongs(LongsSketch.getInstance(Memory.wrap(state)), limit);
    }

    public void add(long key) {
        sketch.update(key);
    }

    /** {@code count} occurrences of {@code key} at once. */
    public void add(long key, long count) {
        sketch.update(key, count);
    }

    /**
     * While the sketch never purged its counts are exact. After a purge only values known to stand out
     * beyond the error bound are listed, so a column of unique values gets an empty list, not noise.
     */
    public FrequentValues result(LongFunction<String> render) {
        boolean exact = sketch.getMaximumError() == 0;
        LongsSketch.Row[] rows = sketch.getFrequentItems(exact ? ErrorType.NO_FALSE_NEGATIVES : ErrorType.NO_FALSE_POSITIVES);
        Arrays.sort(rows, Comparator.comparingLong(LongsSketch.Row::getEstimate).reversed()
                .thenComparingLong(LongsSketch.Row::getItem));
        List<ValueCount> values = new ArrayList<>(limit);
        for (int i = 0; i < rows.length && i < limit; i++) {
            values.add(new ValueCount(render.apply(rows[i].getItem()), rows[i].getEstimate()));
        }
        return new FrequentValues(values, exact);
    }

    /**
     * As {@link #result}, with equal counts ordered by their text rather than by key (keys that are hashes);
     * a key {@code render} has no text for is left out.
     */
    public FrequentValues resultByText(LongFunction<String> render) {
        boolean exact = sketch.getMaximumError() == 0;
        LongsSketch.Row[] rows = sketch.getFrequentItems(exact ? ErrorType.NO_FALSE_NEGATIVES : ErrorType.NO_FALSE_POSITIVES);
        List<ValueCount> all = new ArrayList<>(rows.length);
        for (LongsSketch.Row row : rows) {
            String text = render.apply(row.getItem());
            if (text != null) {
                all.add(new ValueCount(text, row.getEstimate()));
            }
        }
        all.sort(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value));
        return new FrequentValues(List.copyOf(all.subList(0, Math.min(limit, all.size()))), exact);
    }
}
