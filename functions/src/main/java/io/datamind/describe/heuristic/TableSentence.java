package io.datamind.describe.heuristic;

import io.datamind.profile.TableProfile;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes the table description: what one row is, how many there are, the key, then its neighbours:
 * "One row per rental (16,044 rows), identified by rental_id. References customer and inventory; referenced by payment."
 */
public final class TableSentence {

    public String write(TableSchema schema, TableProfile profile, List<TableRef> neighbours) {
        EntityNoun entity = EntityNoun.fromTableName(schema.table().name());
        String first = what(schema, entity) + size(schema, profile) + key(schema) + ".";
        String links = links(schema, neighbours);
        return links.isEmpty() ? first : first + " " + links;
    }

    private static String what(TableSchema schema, EntityNoun entity) {
        TableKind kind = schema.kind() == null ? TableKind.TABLE : schema.kind();
        switch (kind) {
            case VIEW:
                return "View of the " + entity.singular();
            case MATERIALIZED_VIEW:
                return "Materialized view of the " + entity.singular();
            case PARTITIONED_TABLE:
                return "Partitioned table with one row per " + entity.singular();
            case FOREIGN_TABLE:
                return "Foreign table with one row per " + entity.singular();
            default:
                return "One row per " + entity.singular();
        }
    }

    private static String size(TableSchema schema, TableProfile profile) {
        List<String> parts = new ArrayList<>();
        rows(schema, profile).ifPresent(parts::add);
        if (!schema.partitions().isEmpty()) {
            int n = schema.partitions().size();
            parts.add("in " + n + (n == 1 ? " partition" : " partitions"));
        }
        return parts.isEmpty() ? "" : " (" + String.join(" ", parts) + ")";
    }

    private static Optional<String> rows(TableSchema schema, TableProfile profile) {
        RowCount count = rowCount(schema, profile);
        if (count == null) {
            return Optional.empty();
        }
        String rows = Figures.count(count.value()) + (count.value() == 1 ? " row" : " rows");
        return Optional.of(count.exact() ? rows : "about " + rows);
    }

    /**
     * The rows a hybrid profile counted (exact, where the catalog's figure is often an estimate), else the catalog's,
     * else a full profile's; null when only a sample's size is known.
     */
    private static RowCount rowCount(TableSchema schema, TableProfile profile) {
        if (profile != null && profile.totals() != null) {
            return RowCount.exact(profile.totals().rows());
        }
        if (schema.rowCount() != null || profile == null) {
            return schema.rowCount();
        }
        return profile.exactRows().map(RowCount::exact).orElse(null);
    }

    private static String key(TableSchema schema) {
        if (schema.primaryKey() != null && !schema.primaryKey().columns().isEmpty()) {
            return ", identified by " + Text.list(schema.primaryKey().columns());
        }
        boolean isView = schema.kind() == TableKind.VIEW || schema.kind() == TableKind.MATERIALIZED_VIEW;
        return isView ? "" : ", without a primary key";
    }

    private static String links(TableSchema schema, List<TableRef> neighbours) {
        TableRef self = schema.table();
        TreeSet<TableRef> references = new TreeSet<>();
        for (ForeignKey fk : schema.foreignKeys()) {
            references.add(fk.target());
        }
        for (ColumnSchema column : schema.columns()) {
            References.of(schema, column, neighbours).ifPresent(ref -> references.add(ref.target()));
        }
        references.remove(self);
        TreeSet<TableRef> referencedBy = new TreeSet<>(neighbours);
        referencedBy.removeAll(references);
        referencedBy.remove(self);
        List<String> parts = new ArrayList<>();
        if (!references.isEmpty()) {
            parts.add("references " + labels(self, references));
        }
        if (!referencedBy.isEmpty()) {
            parts.add("referenced by " + labels(self, referencedBy));
        }
        return parts.isEmpty() ? "" : Text.capitalize(String.join("; ", parts)) + ".";
    }

    private static String labels(TableRef self, TreeSet<TableRef> tables) {
        return Text.list(tables.stream().map(t -> References.label(self, t)).toList());
    }
}
