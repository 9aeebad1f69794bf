package io.datamind.describe.heuristic;

import java.util.Optional;

/** One fact from the profile, written as a clause ("empty for 183 rentals (1.1%)"); empty when it does not apply. */
public interface StatisticClause {
    Optional<String> clause(ColumnFacts facts);
}
