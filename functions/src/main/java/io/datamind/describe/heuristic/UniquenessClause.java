package io.datamind.describe.heuristic;

import io.datamind.profile.ColumnProfile;
import java.util.Optional;

/** A column that is unique in fact but not declared so: "every value is different". */
public final class UniquenessClause implements StatisticClause {

    private static final long MIN_VALUES = 10;

    @Override
    public Optional<String> clause(ColumnFacts facts) {
        ColumnProfile p = facts.profile();
        if (p == null || p.distinct() == null || !p.distinct().exact() || facts.table().isPrimaryKeyColumn(facts.name())
                || facts.isDeclaredUnique() || facts.nonNullCount() < MIN_VALUES
                || p.distinct().value() != facts.nonNullCount() || facts.family().isTemporal()) {
            return Optional.empty();
        }
        return Optional.of(facts.sampled() ? "every sampled value is different" : "every value is different");
    }
}
