package io.datamind.profile;

import io.datamind.profile.metric.DistinctCounter;
import io.datamind.profile.metric.ExampleReservoir;
import io.datamind.profile.metric.FrequentLongs;
import java.util.function.LongFunction;

/** Distinct count, top values and examples of values that are longs at heart (numbers, dates, times). */
final class LongValues {

    static final int TOP_VALUES = 10;
    static final int SAMPLES = 5;

    private final DistinctCounter distinct;
    private final FrequentLongs frequent = new FrequentLongs(TOP_VALUES);
    private final ExampleReservoir samples;
    private final LongFunction<String> render;

    LongValues(ProfileOptions options, long seed, LongFunction<String> render) {
        this.distinct = new DistinctCounter(options.exactDistinctLimit());
        this.samples = new ExampleReservoir(SAMPLES, seed);
        this.render = render;
    }

    void add(long key) {
        distinct.add(key);
        frequent.add(key);
        if (samples.wants(key)) {
            samples.store(key, render.apply(key));
        }
    }

    ColumnProfileBuilder into(ColumnProfileBuilder builder) {
        return builder.values(distinct.result(), frequent.result(render), samples.result());
    }
}
