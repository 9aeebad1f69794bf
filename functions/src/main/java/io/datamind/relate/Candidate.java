package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;

/** One proposed link from a column to a table's key, before ambiguous proposals are weighed. */
record Candidate(TableSchema from, ColumnSchema column, KeyTarget target, double confidence, String evidence) {
}
