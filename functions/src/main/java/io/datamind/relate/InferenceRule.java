package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * Proposes the tables a column not covered by a declared foreign key may point at. Rules only look at names;
 * types, self-links and ambiguity are checked once, by the finder.
 */
interface InferenceRule {
    List<Candidate> propose(TableSchema from, ColumnSchema column, KeyTargets targets);
}
