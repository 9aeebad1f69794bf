package io.datamind.quality;

import io.datamind.relate.Relationship;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which columns are expected to be unique and which reference other tables. */
public final class KeyColumns {

    private KeyColumns() {
    }

    /** A column that should be unique: declared unique or named like the table's own key. */
    public static boolean expectedUnique(TableSchema schema, String column) {
        return declaredUnique(schema, column) || keyLike(schema, column);
    }

    public static boolean declaredUnique(TableSchema schema, String column) {
        List<String> single = List.of(column);
        return (schema.primaryKey() != null && schema.primaryKey().columns().equals(single))
                || schema.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(single))
                || schema.indexes().stream().anyMatch(i -> i.unique() && i.columns().equals(single));
    }

    /** "id", "uuid", "guid" or "<table>_id"/"<singular table>_id", unless the column references another table. */
    public static boolean keyLike(TableSchema schema, String column) {
        String name = column.toLowerCase(Locale.ROOT);
        String table = schema.table().name().toLowerCase(Locale.ROOT);
        String singular = table.endsWith("s") ? table.substring(0, table.length() - 1) : table;
        boolean named = name.equals("id") || name.equals("uuid") || name.equals("guid")
                || name.equals(table + "_id") || name.equals(singular + "_id");
        boolean referencing = schema.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
        return named && !referencing;
    }

    /**
     * Relationships whose child side is this table: declared foreign keys of the schema plus the given
     * (declared or inferred) relationships, one per child-columns/parent pair.
     */
    public static List<Relationship> outgoing(TableSchema schema, List<Relationship> relationships) {
        Map<String, Relationship> byKey = new LinkedHashMap<>();
        for (ForeignKey fk : schema.foreignKeys()) {
            Relationship declared = new Relationship(fk.name(), schema.table(), fk.columns(), fk.target(),
                    fk.targetColumns(), io.datamind.relate.RelationshipOrigin.DECLARED, 1.0, "declared foreign key");
            byKey.putIfAbsent(key(declared), declared);
        }
        for (Relationship relationship : relationships) {
            if (relationship.from().equals(schema.table())) {
                byKey.putIfAbsent(key(relationship), relationship);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * {@link #outgoing} without the declared foreign keys the database has validated and enforces: no row of those
     * can point to nothing, so there is nothing to count.
     */
    public static List<Relationship> outgoingUnproven(TableSchema schema, List<Relationship> relationships) {
        Set<String> proven = new HashSet<>();
        schema.foreignKeys().stream().filter(ForeignKey::provenByDatabase)
                .forEach(fk -> proven.add(fk.columns() + "->" + fk.target().key() + fk.targetColumns()));
        return outgoing(schema, relationships).stream().filter(r -> !proven.contains(key(r))).toList();
    }

    /** As {@link #outgoing} would say, without building it: rules ask this per column, over every relationship. */
    public static boolean referencing(TableSchema schema, List<Relationship> relationships, String column) {
        if (schema.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))) {
            return true;
        }
        for (Relationship relationship : relationships) {
            if (relationship.fromColumns().contains(column) && relationship.from().equals(schema.table())) {
                return true;
            }
        }
        return false;
    }

    private static String key(Relationship r) {
        return r.fromColumns() + "->" + r.to().key() + r.toColumns();
    }
}
