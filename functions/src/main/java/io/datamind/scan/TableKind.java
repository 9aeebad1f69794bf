package io.datamind.scan;

public enum TableKind {
    TABLE, VIEW, MATERIALIZED_VIEW, PARTITIONED_TABLE, FOREIGN_TABLE
}
