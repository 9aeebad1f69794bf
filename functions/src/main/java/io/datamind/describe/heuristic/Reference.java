package io.datamind.describe.heuristic;

import io.datamind.scan.TableRef;

/**
 * The table a single column points at.
 *
 * @param declared true for a declared foreign key; false when only the name matches a neighbouring table
 */
public record Reference(TableRef target, String targetLabel, boolean declared) {
}
