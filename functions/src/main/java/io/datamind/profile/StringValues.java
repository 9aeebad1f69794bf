package io.datamind.profile;

import io.datamind.profile.metric.CountedKeys;
import io.datamind.profile.metric.ExampleReservoir;
import io.datamind.profile.metric.ValueSample;
import java.util.List;
import org.apache.datasketches.memory.XxHash;

/**
 * Distinct count, top values and examples of text-like values, keyed by a 64-bit hash: counted exactly with their
 * texts up to the exact limit, as {@link LongValues} counts numbers, then by sketches.
 */
final class StringValues {

    private static final long HASH_SEED = 0x5EED_DA7A_1L;

    private CountedKeys counted;
    private final ExampleReservoir samples;
    private final ValueSample classifierSample;
    private char[] chars = new char[64];
    /** Batched like {@link LongValues}: the counting map (or the sketches past the limit) stays in cache per batch. */
    private final long[] pendingKeys = new long[LongValues.BATCH];
    private final String[] pendingValues = new String[LongValues.BATCH];
    private int pendingCount;

    StringValues(ProfileOptions options, long seed) {
        this.counted = CountedKeys.ofTexts(options.exactDistinctLimit(), LongValues.TOP_VALUES);
        this.samples = new ExampleReservoir(LongValues.SAMPLES, seed);
        this.classifierSample = new ValueSample(LongValues.CLASSIFIER_SAMPLE, ~seed);
    }

    void add(String value) {
        long key = hash(value);
        pendingKeys[pendingCount] = key;
        pendingValues[pendingCount++] = value;
        if (pendingCount == LongValues.BATCH) {
            flush();
        }
        if (samples.wants(key)) {
            samples.store(key, value);
        }
        if (classifierSample.wants()) {
            classifierSample.store(value);
        }
    }

    /**
     * {@code XxHash.hashString} copies every value into a new char array (JFR: the largest allocation of a
     * 500-table run after the driver's own); copying into a reused buffer gives the same hash without garbage.
     */
    private long hash(String value) {
        int length = value.length();
        if (length > chars.length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        value.getChars(0, length, chars, 0);
        return XxHash.hashCharArr(chars, 0, length, HASH_SEED);
    }

    private void flush() {
        for (int i = 0; i < pendingCount; i++) {
            counted.add(pendingKeys[i], pendingValues[i]);
            pendingValues[i] = null;
        }
        pendingCount = 0;
    }

    void merge(StringValues other) {
        flush();
        other.flush();
        counted.merge(other.counted);
        samples.merge(other.samples);
        classifierSample.merge(other.classifierSample);
    }

    ColumnState.ValuesState state() {
        flush();
        return new ColumnState.ValuesState(null, null, counted.state(), samples.state(), classifierSample.state());
    }

    void restore(ColumnState.ValuesState state) {
        pendingCount = 0;
        counted = state.counted() != null
                ? CountedKeys.restore(state.counted(), LongValues.TOP_VALUES)
                : CountedKeys.restoreTexts(state.distinct(), state.frequentTexts(), LongValues.TOP_VALUES);
        samples.restore(state.examples());
        classifierSample.restore(state.classifierSample());
    }

    List<String> classifierSample() {
        return classifierSample.result();
    }

    ColumnProfileBuilder into(ColumnProfileBuilder builder) {
        flush();
        return builder.values(counted.distinct(), counted.topTexts(), samples.result());
    }
}
