package io.datamind.drift;

import io.datamind.scan.TableRef;

/**
 * One difference between the previous run and this one.
 *
 * @param column  null for table-level changes (tables, keys, constraints, row counts)
 * @param before  the previous value in words (type, default, key columns, figure); null when there was none
 * @param after   the current value in words; null when there is none any more
 * @param message the change as one sentence for readers
 */
public record Change(ChangeKind kind, TableRef table, String column, String before, String after, String message) {
}
