package io.datamind.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Hashes a scanned table into a {@link TableFingerprint}. Every part is written with its length, so no two
 * different tables produce the same text; constraints are sorted by name, columns kept in their declared order.
 * Indexes and estimated row counts are left out: they change without the documented facts changing.
 */
public final class TableFingerprints {

    private TableFingerprints() {
    }

    public static TableFingerprint of(TableSchema schema, String dataMarker) {
        Hasher hasher = new Hasher();
        hasher.add("kind", schema.kind().name()).add("comment", schema.comment()).add("view", schema.viewDefinition());
        for (ColumnSchema column : schema.columns()) {
            hasher.add("column", column.name()).add("type", column.declaredType())
                    .add("nullable", String.valueOf(column.nullable())).add("default", column.defaultValue())
                    .add("generated", String.valueOf(column.generated())).add("identity", String.valueOf(column.identity()))
                    .add("comment", column.comment());
        }
        if (schema.primaryKey() != null) {
            hasher.add("pk", schema.primaryKey().name()).add("columns", String.join(",", schema.primaryKey().columns()));
        }
        schema.uniqueConstraints().stream().sorted(Comparator.comparing(u -> String.valueOf(u.name())))
                .forEach(u -> hasher.add("unique", u.name()).add("columns", String.join(",", u.columns())));
        schema.foreignKeys().stream().sorted(Comparator.comparing(f -> String.valueOf(f.name())))
                .forEach(f -> hasher.add("fk", f.name()).add("columns", String.join(",", f.columns()))
                        .add("target", f.target().key()).add("targetColumns", String.join(",", f.targetColumns())));
        hasher.add("partitions", String.join(",", schema.partitions())).add("data", dataMarker);
        return new TableFingerprint(hasher.hex(), dataMarker);
    }

    /** The row count as a marker when it was counted exactly; an estimate moves without the rows changing. */
    public static String exactRowCount(RowCount rowCount) {
        return rowCount != null && rowCount.exact() ? "rows=" + rowCount.value() : null;
    }

    /** Joins marker parts, skipping absent ones; null when every part is absent. */
    public static String marker(List<String> parts) {
        List<String> present = parts.stream().filter(p -> p != null && !p.isBlank()).toList();
        return present.isEmpty() ? null : String.join("; ", present);
    }

    private static final class Hasher {
        private final MessageDigest digest;

        Hasher() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        Hasher add(String label, String value) {
            String text = value == null ? label + ":-" : label + ":" + value.length() + ":" + value;
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
