package io.datamind.docs.markdown;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DiagramColumn;
import io.datamind.docs.RelationshipIndex;
import io.datamind.docs.TableEntry;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid erDiagram of tables and relationships. Mermaid entity and attribute names only parse as
 * letters, digits and underscores, so each table gets a sanitised unique id and shows its real name as a quoted alias.
 * Only key and linked columns are listed, and large schemas are cut to the most connected tables, so it stays legible.
 */
final class MermaidDiagram {

    static final int MAX_TABLES = 60;

    private final DataDictionary dictionary;
    private final RelationshipIndex relationships;
    private final Map<TableRef, String> ids = new LinkedHashMap<>();

    MermaidDiagram(DataDictionary dictionary, RelationshipIndex relationships) {
        this.dictionary = dictionary;
        this.relationships = relationships;
        Set<String> taken = new HashSet<>();
        dictionary.tables().forEach(entry -> assignId(entry.table(), taken));
        dictionary.relationships().forEach(r -> {
            assignId(r.from(), taken);
            assignId(r.to(), taken);
        });
    }

    /** The Mermaid entity id a table is drawn under. */
    String idOf(TableRef table) {
        return ids.get(table);
    }

    List<TableRef> shownTables() {
        List<TableRef> all = dictionary.tables().stream().map(TableEntry::table).toList();
        if (all.size() <= MAX_TABLES) {
            return all;
        }
        return all.stream().filter(t -> relationships.degree(t) > 0)
                .sorted(Comparator.comparingInt(relationships::degree).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(MAX_TABLES).toList();
    }

    List<Relationship> shownRelationships(List<TableRef> shownTables) {
        Set<TableRef> shown = new HashSet<>(shownTables);
        return dictionary.relationships().stream()
                .filter(r -> shown.contains(r.from()) && shown.contains(r.to())).toList();
    }

    String render() {
        List<TableRef> tables = shownTables();
        StringBuilder out = new StringBuilder("erDiagram\n");
        Map<TableRef, TableEntry> entries = new HashMap<>();
        dictionary.tables().forEach(e -> entries.put(e.table(), e));
        for (TableRef table : tables) {
            entity(out, table, entries.get(table));
        }
        for (Relationship relationship : shownRelationships(tables)) {
            out.append("    ").append(idOf(relationship.to()))
                    .append(relationship.origin() == RelationshipOrigin.INFERRED ? " ||..o{ " : " ||--o{ ")
                    .append(idOf(relationship.from())).append(" : \"").append(label(relationship)).append("\"\n");
        }
        return out.toString();
    }

    private void entity(StringBuilder out, TableRef table, TableEntry entry) {
        out.append("    ").append(idOf(table)).append("[\"").append(quoted(table.key())).append("\"]");
        List<String> attributes = attributes(entry == null ? null : entry.schema());
        if (attributes.isEmpty()) {
            out.append('\n');
            return;
        }
        out.append(" {\n");
        attributes.forEach(a -> out.append("        ").append(a).append('\n'));
        out.append("    }\n");
    }

    private List<String> attributes(TableSchema schema) {
        List<String> attributes = new ArrayList<>();
        for (DiagramColumn key : DiagramColumn.of(schema, relationships)) {
            ColumnSchema column = key.column();
            List<String> markers = new ArrayList<>();
            if (key.primary()) {
                markers.add("PK");
            }
            if (key.foreign()) {
                markers.add("FK");
            }
            String name = identifier(column.name(), "column");
            StringBuilder attribute = new StringBuilder(identifier(column.family().name().toLowerCase(Locale.ROOT), "type"))
                    .append(' ').append(name);
            if (!markers.isEmpty()) {
                attribute.append(' ').append(String.join(", ", markers));
            }
            if (!name.equals(column.name())) {
                attribute.append(" \"").append(quoted(column.name())).append('"');
            }
            attributes.add(attribute.toString());
        }
        return attributes;
    }

    private void assignId(TableRef table, Set<String> taken) {
        if (ids.containsKey(table)) {
            return;
        }
        String base = identifier(table.key(), "table");
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "_" + n;
        }
        ids.put(table, id);
    }

    private static String label(Relationship relationship) {
        String columns = String.join(", ", relationship.fromColumns());
        String text = relationship.origin() == RelationshipOrigin.INFERRED
                ? columns + " (inferred " + Math.round(relationship.confidence() * 100) + "%)"
                : columns;
        return quoted(text);
    }

    static String identifier(String name, String fallback) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String id = ascii.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("_{2,}", "_").replaceAll("^_+|_+$", "");
        if (id.isEmpty()) {
            return fallback;
        }
        return Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }

    /** Mermaid has no escape inside quoted labels, so the characters that would end them (quotes, newlines) are replaced. */
    static String quoted(String text) {
        return text.replace('"', '\'').replaceAll("[\\r\\n]+", " ");
    }
}
