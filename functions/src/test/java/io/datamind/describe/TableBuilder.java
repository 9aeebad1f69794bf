package io.datamind.describe;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Builds TableSchema records by hand for tests, the way a catalog reader would fill them. */
public final class TableBuilder {

    private final TableRef table;
    private TableKind kind = TableKind.TABLE;
    private String comment;
    private final List<ColumnSchema> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<IndexInfo> indexes = new ArrayList<>();
    private RowCount rowCount;
    private final List<String> partitions = new ArrayList<>();

    private TableBuilder(TableRef table) {
        this.table = table;
    }

    public static TableBuilder table(String schema, String name) {
        return new TableBuilder(new TableRef(schema, name));
    }

    public static TableRef ref(String schema, String name) {
        return new TableRef(schema, name);
    }

    public TableBuilder kind(TableKind newKind) {
        this.kind = newKind;
        return this;
    }

    public TableBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    public TableBuilder column(String name, TypeFamily family) {
        return column(name, family, true, null);
    }

    public TableBuilder notNull(String name, TypeFamily family) {
        return column(name, family, false, null);
    }

    public TableBuilder column(String name, TypeFamily family, boolean nullable, String columnComment) {
        columns.add(new ColumnSchema(columns.size() + 1, name, declaredType(family), family, nullable, null,
                columnComment, false, false, null));
        return this;
    }

    public TableBuilder primaryKey(String... pkColumns) {
        this.primaryKey = new PrimaryKey(table.name() + "_pkey", List.of(pkColumns));
        return this;
    }

    public TableBuilder unique(String column) {
        uniques.add(new UniqueConstraint(table.name() + "_" + column + "_key", List.of(column)));
        return this;
    }

    public TableBuilder foreignKey(String name, String column, TableRef target, String targetColumn) {
        foreignKeys.add(new ForeignKey(name, List.of(column), target, List.of(targetColumn)));
        return this;
    }

    public TableBuilder foreignKey(String name, List<String> fkColumns, TableRef target, List<String> targetColumns) {
        foreignKeys.add(new ForeignKey(name, fkColumns, target, targetColumns));
        return this;
    }

    public TableBuilder rows(long exactRows) {
        this.rowCount = RowCount.exact(exactRows);
        return this;
    }

    public TableBuilder estimatedRows(long rows) {
        this.rowCount = RowCount.estimated(rows);
        return this;
    }

    public TableBuilder partitions(String... names) {
        partitions.addAll(List.of(names));
        return this;
    }

    public TableSchema build() {
        return new TableSchema(table, kind, comment, columns, primaryKey, uniques, foreignKeys, indexes, rowCount,
                partitions, kind == TableKind.VIEW ? "select 1" : null);
    }

    private static String declaredType(TypeFamily family) {
        switch (family) {
            case INTEGER:
                return "integer";
            case DECIMAL:
                return "numeric(5,2)";
            case TEXT:
                return "text";
            case TIMESTAMP:
                return "timestamp without time zone";
            case DATE:
                return "date";
            case BOOLEAN:
                return "boolean";
            case UUID:
                return "uuid";
            default:
                return family.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
