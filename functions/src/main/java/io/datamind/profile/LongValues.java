package io.datamind.profile;

import io.datamind.profile.metric.CountedKeys;
import io.datamind.profile.metric.ExampleReservoir;
import io.datamind.profile.metric.ValueSample;
import java.util.List;
import java.util.function.LongFunction;

/** Distinct count, top values and examples of values that are longs at heart (numbers, dates, times). */
final class LongValues {

    static final int TOP_VALUES = 10;
    static final int SAMPLES = 5;
    /** Values, repeats included, the semantic classifier judges the column by. */
    static final int CLASSIFIER_SAMPLE = 500;

    /**
     * Keys wait here and enter the counting map a batch at a time: rows interleave every column's tables, so
     * one key per row evicted the other columns' tables from the CPU caches (a hash probe per value was the
     * largest CPU cost of a 500-table run); a batch keeps one column's table hot.
     */
    static final int BATCH = 512;

    private CountedKeys counted;
    private final long[] pending = new long[BATCH];
    private int pendingCount;
    private final ExampleReservoir samples;
    private final ValueSample classifierSample;
    private final LongFunction<String> render;

    LongValues(ProfileOptions options, long seed, LongFunction<String> render) {
        this.counted = new CountedKeys(options.exactDistinctLimit(), TOP_VALUES);
        this.samples = new ExampleReservoir(SAMPLES, seed);
        this.classifierSample = new ValueSample(CLASSIFIER_SAMPLE, ~seed);
        this.render = render;
    }

    void add(long key) {
        pending[pendingCount++] = key;
        if (pendingCount == BATCH) {
            flush();
        }
        if (samples.wants(key)) {
            samples.store(key, render.apply(key));
        }
        if (classifierSample.wants()) {
            classifierSample.store(render.apply(key));
        }
    }

    private void flush() {
        for (int i = 0; i < pendingCount; i++) {
            counted.add(pending[i]);
        }
        pendingCount = 0;
    }

    void merge(LongValues other) {
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
        counted = CountedKeys.restore(state.counted(), TOP_VALUES);
        samples.restore(state.examples());
        classifierSample.restore(state.classifierSample());
    }

    List<String> classifierSample() {
        return classifierSample.result();
    }

    ColumnProfileBuilder into(ColumnProfileBuilder builder) {
        flush();
        return builder.values(counted.distinct(), counted.top(render), samples.result());
    }
}
