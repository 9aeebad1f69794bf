package io.datamind.scan;

import java.util.List;
import java.util.Optional;

/**
 * Output of the scan step: everything the catalog says about one table or view.
 *
 * @param primaryKey null when the table has none
 * @param partitions names of the partitions of a partitioned table (documented once, as the parent)
 * @param viewDefinition SQL of a view, null for tables
 */
public record TableSchema(
        TableRef table,
        TableKind kind,
        String comment,
        List<ColumnSchema> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<ForeignKey> foreignKeys,
        List<IndexInfo> indexes,
        RowCount rowCount,
        List<String> partitions,
        String viewDefinition) {

    public TableSchema {
        columns = List.copyOf(columns);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        partitions = List.copyOf(partitions);
    }

    public Optional<ColumnSchema> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The same table seen through some of its columns only (keys, indexes and constraints stay as they are). */
    public TableSchema withColumns(List<ColumnSchema> someColumns) {
        return new TableSchema(table, kind, comment, someColumns, primaryKey, uniqueConstraints, foreignKeys, indexes,
                rowCount, partitions, viewDefinition);
    }

    public boolean isPrimaryKeyColumn(String column) {
        return primaryKey != null && primaryKey.columns().contains(column);
    }
}
