package io.datamind.profile;

import io.datamind.profile.metric.DistinctCounter;
import io.datamind.profile.metric.ExampleReservoir;
import io.datamind.profile.metric.FrequentLongs;
import io.datamind.profile.metric.ValueSample;
import java.util.List;
import java.util.function.LongFunction;

/** Distinct count, top values and examples of values that are longs at heart (numbers, dates, times). */
final class LongValues {

    static final int TOP_VALUES = 10;
    static final int SAMPLES = 5;
    /** Values, repeats included, the semantic classifier judges the column by. */
    static final int CLASSIFIER_SAMPLE = 500;

    private DistinctCounter distinct;
    private FrequentLongs frequent = new FrequentLongs(TOP_VALUES);
    private final ExampleReservoir samples;
    private final ValueSample classifierSample;
    private final LongFunction<String> render;

    LongValues(ProfileOptions options, long seed, LongFunction<String> render) {
        this.distinct = new DistinctCounter(options.exactDistinctLimit());
        this.samples = new ExampleReservoir(SAMPLES, seed);
        this.classifierSample = new ValueSample(CLASSIFIER_SAMPLE, ~seed);
        this.render = render;
    }

    void add(long key) {
        distinct.add(key);
        frequent.add(key);
        if (samples.wants(key)) {
            samples.store(key, render.apply(key));
        }
        if (classifierSample.wants()) {
            classifierSample.store(render.apply(key));
        }
    }

    void merge(LongValues other) {
        distinct.merge(other.distinct);
        frequent.merge(other.frequent);
        samples.merge(other.samples);
        classifierSample.merge(other.classifierSample);
    }

    ColumnState.ValuesState state() {
        return new ColumnState.ValuesState(distinct.state(), frequent.state(), null, samples.state(), classifierSample.state());
    }

    void restore(ColumnState.ValuesState state) {
        distinct = DistinctCounter.restore(state.distinct());
        frequent = FrequentLongs.restore(state.frequentLongs(), TOP_VALUES);
        samples.restore(state.examples());
        classifierSample.restore(state.classifierSample());
    }

    List<String> classifierSample() {
        return classifierSample.result();
    }

    ColumnProfileBuilder into(ColumnProfileBuilder builder) {
        return builder.values(distinct.result(), frequent.result(render), samples.result());
    }
}
