package io.datamind.profile;

import java.util.List;

/** Most frequent values, most frequent first; {@code exact} is false once the frequent-items sketch had to purge. */
public record FrequentValues(List<ValueCount> values, boolean exact) {
    public FrequentValues {
        values = List.copyOf(values);
    }
}
