package io.datamind.profile;

import java.util.List;

/** At most 20 equal-width bins between min and max; counts come from the quantile sketch when not exact. */
public record Histogram(List<Bin> bins, boolean exact) {

    public Histogram {
        bins = List.copyOf(bins);
    }

    public record Bin(double lower, double upper, long count) {
    }
}
