package io.datamind.drift;

/** What changed between two runs of the same source; the order is the order changes are listed in per table. */
public enum ChangeKind {
    TABLE_ADDED,
    TABLE_REMOVED,
    COLUMN_ADDED,
    COLUMN_REMOVED,
    COLUMN_TYPE_CHANGED,
    COLUMN_NULLABILITY_CHANGED,
    COLUMN_DEFAULT_CHANGED,
    PRIMARY_KEY_CHANGED,
    UNIQUE_CHANGED,
    FOREIGN_KEY_ADDED,
    FOREIGN_KEY_REMOVED,
    ROW_COUNT_SHIFT,
    NULL_RATIO_SHIFT,
    DISTINCT_SHIFT
}
