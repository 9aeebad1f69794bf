package io.datamind.profile.metric;

import io.datamind.profile.FrequentValues;
import io.datamind.profile.ValueCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.common.ArrayOfStringsSerDe;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.memory.Memory;

/** Most frequent strings (values or shapes), counted by a frequent-items sketch of bounded size. */
public final class FrequentStrings {

    private static final ArrayOfStringsSerDe SERDE = new ArrayOfStringsSerDe();

    private final ItemsSketch<String> sketch;
    private final int limit;

    public FrequentStrings(int maxMapSize, int limit) {
        this.sketch = new ItemsSketch<>(maxMapSize);
        this.limit = limit;
    }

    private FrequentStrings(ItemsSketch<String> sketch, int limit) {
        this.sketch = sketch;
        this.limit = limit;
    }

    public void merge(FrequentStrings other) {
        sketch.merge(other.sketch);
    }

    public byte[] state() {
        return sketch.toByteArray(SERDE);
    }

    public static FrequentStrings restore(byte[] state, int limit) {
        return new FrequentStrings(ItemsSketch.getInstance(Memory.wrap(state), SERDE), limit);
    }

    public void add(String value) {
        sketch.update(value);
    }

    public boolean isExact() {
        return sketch.getMaximumError() == 0;
    }

    /** Same rule as {@link FrequentLongs#result}: after a purge, only values that provably stand out. */
    public FrequentValues result() {
        boolean exact = isExact();
        ItemsSketch.Row<String>[] rows = sketch.getFrequentItems(
                exact ? ErrorType.NO_FALSE_NEGATIVES : ErrorType.NO_FALSE_POSITIVES);
        Arrays.sort(rows, Comparator.comparingLong((ItemsSketch.Row<String> r) -> r.getEstimate()).reversed()
                .thenComparing(ItemsSketch.Row::getItem));
        List<ValueCount> values = new ArrayList<>(limit);
        for (int i = 0; i < rows.length && i < limit; i++) {
            values.add(new ValueCount(rows[i].getItem(), rows[i].getEstimate()));
        }
        return new FrequentValues(values, exact);
    }
}
