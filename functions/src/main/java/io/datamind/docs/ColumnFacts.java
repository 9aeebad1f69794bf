package io.datamind.docs;

import io.datamind.describe.ColumnDescription;
import io.datamind.describe.Description;
import io.datamind.profile.ColumnProfile;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.TableSchema;
import io.datamind.scan.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One column as the documents show it: what the catalog, the profiler and the describer said, any of which may be
 * missing when a step failed.
 *
 * @param keys "PK", "FK", "UQ" markers in that order
 */
public record ColumnFacts(String name, ColumnSchema schema, ColumnProfile profile, Description description, List<String> keys) {

    public ColumnFacts {
        keys = List.copyOf(keys);
    }

    public boolean isKey() {
        return !keys.isEmpty();
    }

    public String type() {
        if (schema != null && schema.declaredType() != null) {
            return schema.declaredType();
        }
        if (schema != null) {
            return schema.family().name().toLowerCase(Locale.ROOT);
        }
        return profile != null && profile.family() != null ? profile.family().name().toLowerCase(Locale.ROOT) : "";
    }

    /** Columns in catalog order; a table whose scan failed falls back to the profiled or described columns. */
    public static List<ColumnFacts> of(TableEntry entry) {
        Map<String, ColumnSchema> schemas = new LinkedHashMap<>();
        if (entry.schema() != null) {
            entry.schema().columns().forEach(c -> schemas.put(c.name(), c));
        }
        List<String> names = new ArrayList<>(schemas.keySet());
        if (entry.profile() != null) {
            entry.profile().columns().stream().map(ColumnProfile::column).filter(n -> !names.contains(n)).forEach(names::add);
        }
        if (entry.description() != null) {
            entry.description().columns().stream().map(ColumnDescription::column).filter(n -> !names.contains(n)).forEach(names::add);
        }
        return names.stream().map(name -> new ColumnFacts(
                name,
                schemas.get(name),
                entry.profile() == null ? null : entry.profile().column(name).orElse(null),
                entry.description() == null ? null : entry.description().column(name).orElse(null),
                keyMarkers(entry.schema(), name))).toList();
    }

    private static List<String> keyMarkers(TableSchema schema, String column) {
        List<String> keys = new ArrayList<>();
        if (schema == null) {
            return keys;
        }
        if (schema.isPrimaryKeyColumn(column)) {
            keys.add("PK");
        }
        if (schema.foreignKeys().stream().map(ForeignKey::columns).anyMatch(cols -> cols.contains(column))) {
            keys.add("FK");
        }
        boolean uniqueAlone = schema.uniqueConstraints().stream().map(UniqueConstraint::columns)
                .anyMatch(cols -> cols.equals(List.of(column)))
                || schema.indexes().stream().filter(IndexInfo::unique).map(IndexInfo::columns)
                .anyMatch(cols -> cols.equals(List.of(column)));
        if (uniqueAlone && !keys.contains("PK")) {
            keys.add("UQ");
        }
        return keys;
    }
}
