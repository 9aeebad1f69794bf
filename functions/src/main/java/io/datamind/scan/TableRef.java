package io.datamind.scan;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Identifies one table or view in a source. {@code schema} is null for sources without schemas (SQLite). */
public record TableRef(String schema, String name) implements Comparable<TableRef> {

    public TableRef {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("table name must not be empty");
        }
    }

    /** Stable, human-readable key ("schema.table", or "table" without a schema), used in file names and store keys. */
    @JsonIgnore
    public String key() {
        return schema == null || schema.isEmpty() ? name : schema + "." + name;
    }

    @Override
    public int compareTo(TableRef other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return key();
    }
}
