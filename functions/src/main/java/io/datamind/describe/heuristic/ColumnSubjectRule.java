package io.datamind.describe.heuristic;

import java.util.Optional;

/** Says what a column holds ("Date the rental was returned"); the first rule that applies wins. */
public interface ColumnSubjectRule {
    Optional<String> subject(ColumnFacts facts);
}
