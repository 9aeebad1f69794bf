package io.datamind.describe.heuristic;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ValueCount;
import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Optional;

/** Low-cardinality text columns list their values: "one of shipped, pending, cancelled". */
public final class ValueListClause implements StatisticClause {

    static final int MAX_VALUES = 8;
    private static final int MAX_VALUE_LENGTH = 30;

    @Override
    public Optional<String> clause(ColumnFacts facts) {
        ColumnProfile p = facts.profile();
        if (p == null || p.topValues() == null || !p.topValues().exact() || p.distinct() == null
                || !p.distinct().exact() || facts.isKeyLike() || !listable(facts.family())) {
            return Optional.empty();
        }
        List<ValueCount> values = p.topValues().values();
        long distinct = p.distinct().value();
        // every distinct value must be in the list, and each must repeat, or the list is just a sample of names
        if (distinct < 1 || distinct > MAX_VALUES || values.size() != distinct || facts.nonNullCount() < 2 * distinct
                || values.stream().anyMatch(v -> v.value() == null || v.value().length() > MAX_VALUE_LENGTH)) {
            return Optional.empty();
        }
        List<String> names = values.stream().map(ValueCount::value).toList();
        return Optional.of(distinct == 1 ? "always " + names.get(0) : "one of " + String.join(", ", names));
    }

    private static boolean listable(TypeFamily family) {
        return family == TypeFamily.TEXT || family == TypeFamily.OTHER;
    }
}
