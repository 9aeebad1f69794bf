package io.datamind.docs.html;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.RelationshipIndex;
import io.datamind.docs.TableEntry;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the diagram boxes: a table shows only its key and linked columns, so boxes stay small. */
final class DiagramBoxes {

    private final Map<TableRef, TableEntry> entries = new HashMap<>();
    private final RelationshipIndex relationships;
    private final SectionIds ids;

    DiagramBoxes(DataDictionary dictionary, RelationshipIndex relationships, SectionIds ids) {
        dictionary.tables().forEach(e -> entries.put(e.table(), e));
        this.relationships = relationships;
        this.ids = ids;
    }

    List<ErDiagramSvg.Box> boxes(Collection<TableRef> tables) {
        return tables.stream().map(this::box).toList();
    }

    private ErDiagramSvg.Box box(TableRef table) {
        TableEntry entry = entries.get(table);
        return new ErDiagramSvg.Box(table, ids.of(table), entry == null ? List.of() : keyLines(entry));
    }

    private List<String> keyLines(TableEntry entry) {
        TableSchema schema = entry.schema();
        if (schema == null) {
            return List.of();
        }
        Set<String> foreign = new LinkedHashSet<>();
        schema.foreignKeys().stream().map(ForeignKey::columns).forEach(foreign::addAll);
        relationships.outgoing(entry.table()).forEach(r -> foreign.addAll(r.fromColumns()));
        Set<String> linked = relationships.linkedColumns(entry.table());
        List<String> lines = new ArrayList<>();
        for (ColumnSchema column : schema.columns()) {
            boolean primary = schema.isPrimaryKeyColumn(column.name());
            boolean isForeign = foreign.contains(column.name());
            if (primary || isForeign || linked.contains(column.name())) {
                lines.add((primary ? "PK " : "") + (isForeign ? "FK " : "") + (primary || isForeign ? "" : "· ") + column.name());
            }
        }
        return lines;
    }
}
