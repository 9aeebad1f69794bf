package io.datamind.docs;

import io.datamind.relate.Relationship;
import io.datamind.scan.TableRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Relationships looked up by table: outgoing ones point from the table (child) to the table it references. */
public final class RelationshipIndex {

    private final Map<TableRef, List<Relationship>> outgoing = new HashMap<>();
    private final Map<TableRef, List<Relationship>> incoming = new HashMap<>();

    public RelationshipIndex(List<Relationship> relationships) {
        for (Relationship relationship : relationships) {
            outgoing.computeIfAbsent(relationship.from(), t -> new ArrayList<>()).add(relationship);
            incoming.computeIfAbsent(relationship.to(), t -> new ArrayList<>()).add(relationship);
        }
    }

    public List<Relationship> outgoing(TableRef table) {
        return outgoing.getOrDefault(table, List.of());
    }

    public List<Relationship> incoming(TableRef table) {
        return incoming.getOrDefault(table, List.of());
    }

    public int degree(TableRef table) {
        return outgoing(table).size() + incoming(table).size();
    }

    /** Tables this one references or is referenced by, without itself, in first-seen order. */
    public Set<TableRef> neighbours(TableRef table) {
        Set<TableRef> neighbours = new LinkedHashSet<>();
        outgoing(table).forEach(r -> neighbours.add(r.to()));
        incoming(table).forEach(r -> neighbours.add(r.from()));
        neighbours.remove(table);
        return neighbours;
    }

    /** Columns of {@code table} that take part in any relationship, on either end. */
    public Set<String> linkedColumns(TableRef table) {
        Set<String> columns = new LinkedHashSet<>();
        outgoing(table).forEach(r -> columns.addAll(r.fromColumns()));
        incoming(table).forEach(r -> columns.addAll(r.toColumns()));
        return columns;
    }
}
