package io.datamind.docs.html;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DiagramColumn;
import io.datamind.docs.RelationshipIndex;
import io.datamind.docs.TableEntry;
import io.datamind.scan.TableRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        return DiagramColumn.of(entry.schema(), relationships).stream()
                .map(key -> (key.primary() ? "PK " : "") + (key.foreign() ? "FK " : "")
                        + (key.primary() || key.foreign() ? "" : "· ") + key.column().name())
                .toList();
    }
}
