package io.datamind.profile;

import io.datamind.profile.metric.DistinctCounter;
import io.datamind.profile.metric.ExampleReservoir;
import io.datamind.profile.metric.FrequentHashedStrings;
import io.datamind.profile.metric.ValueSample;
import java.util.List;
import org.apache.datasketches.memory.XxHash;

/** Distinct count, top values and examples of text-like values, keyed by a 64-bit hash. */
final class StringValues {

    private static final long HASH_SEED = 0x5EED_DA7A_1L;

    private DistinctCounter distinct;
    private FrequentHashedStrings frequent = new FrequentHashedStrings(LongValues.TOP_VALUES);
    private final ExampleReservoir samples;
    private final ValueSample classifierSample;
    private char[] chars = new char[64];
    /** Batched like {@link LongValues}: the distinct set and the frequent-items tables stay in cache per batch. */
    private final long[] pendingKeys = new long[LongValues.BATCH];
    private final String[] pendingValues = new String[LongValues.BATCH];
    private int pendingCount;

    StringValues(ProfileOptions options, long seed) {
        this.distinct = new DistinctCounter(options.exactDistinctLimit());
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
            distinct.add(pendingKeys[i]);
        }
        for (int i = 0; i < pendingCount; i++) {
            frequent.add(pendingKeys[i], pendingValues[i]);
            pendingValues[i] = null;
        }
        pendingCount = 0;
    }

    void merge(StringValues other) {
        flush();
        other.flush();
        distinct.merge(other.distinct);
        frequent.merge(other.frequent);
        samples.merge(other.samples);
        classifierSample.merge(other.classifierSample);
    }

    ColumnState.ValuesState state() {
        flush();
        return new ColumnState.ValuesState(distinct.state(), frequent.state(), null, samples.state(),
                classifierSample.state());
    }

    void restore(ColumnState.ValuesState state) {
        pendingCount = 0;
        distinct = DistinctCounter.restore(state.distinct());
        frequent = FrequentHashedStrings.restore(state.frequentTexts(), LongValues.TOP_VALUES);
        samples.restore(state.examples());
        classifierSample.restore(state.classifierSample());
    }

    List<String> classifierSample() {
        return classifierSample.result();
    }

    ColumnProfileBuilder into(ColumnProfileBuilder builder) {
        flush();
        return builder.values(distinct.result(), frequent.result(), samples.result());
    }
}
