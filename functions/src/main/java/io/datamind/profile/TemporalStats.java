package io.datamind.profile;

import java.util.List;

/**
 * Range and distribution of dates and timestamps (ISO-8601 strings).
 *
 * @param granularity "year", "month" or "day": the period of {@code distribution}, chosen from the range
 */
public record TemporalStats(String min, String max, String granularity, List<ValueCount> distribution) {
    public TemporalStats {
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
    }
}
