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

    List<Finding> evaluate(RuleContext context) throws SQLException;
}
