package io.datamind.docs;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A column worth drawing in an entity-relationship diagram: part of the primary key, of a declared foreign key, or of
 * any relationship (inferred ones included). Diagrams leave every other column out to stay readable.
 *
 * @param foreign true for declared foreign key columns and the referencing side of inferred relationships
 */
public record DiagramColumn(ColumnSchema column, boolean primary, boolean foreign) {

    public static List<DiagramColumn> of(TableSchema schema, RelationshipIndex relationships) {
        if (schema == null) {
            return List.of();
        }
        Set<String> foreign = new LinkedHashSet<>();
        schema.foreignKeys().stream().map(ForeignKey::columns).forEach(foreign::addAll);
        relationships.outgoing(schema.table()).forEach(r -> foreign.addAll(r.fromColumns()));
        Set<String> linked = relationships.linkedColumns(schema.table());
        List<DiagramColumn> columns = new ArrayList<>();
        for (ColumnSchema column : schema.columns()) {
            boolean primary = schema.isPrimaryKeyColumn(column.name());
            if (primary || foreign.contains(column.name()) || linked.contains(column.name())) {
                columns.add(new DiagramColumn(column, primary, foreign.contains(column.name())));
            }
        }
        return columns;
    }
}
