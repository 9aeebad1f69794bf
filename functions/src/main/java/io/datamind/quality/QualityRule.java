package io.datamind.quality;

import java.sql.SQLException;
import java.util.List;

/** One data-quality check; the assessor runs every rule on every table. */
public interface QualityRule {

    /** Stable id, ydata-profiling's alert name where one fits (MISSING, CONSTANT, DUPLICATES…). */
    String id();

    /** True when the rule counts in SQL and so cannot run without a connection. */
    default boolean needsDatabase() {
        return false;
    }

    /**
     * Aggregate expressions over the whole table that {@link #evaluate} will ask {@link QueryRunner#aggregates}
     * for. The assessor computes those of every rule in one scan before the rules run; a rule that asks for others
     * still gets them, at the cost of a query of its own.
     */
    default List<String> aggregates(RuleContext context) {
        return List.of();
    }

    List<Finding> evaluate(RuleContext context) throws SQLException;
}
