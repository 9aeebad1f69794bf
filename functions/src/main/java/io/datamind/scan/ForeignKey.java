package io.datamind.scan;

import java.util.List;

/**
 * A declared foreign key; {@code columns.get(i)} references {@code targetColumns.get(i)}.
 *
 * @param validated true when the database has checked every existing row against the key (PostgreSQL: not added
 *                  {@code NOT VALID}), false when it has not, null when the database does not say
 */
public record ForeignKey(String name, List<String> columns, TableRef target, List<String> targetColumns, Boolean validated) {
    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }

    public ForeignKey(String name, List<String> columns, TableRef target, List<String> targetColumns) {
        this(name, columns, target, targetColumns, null);
    }

    /** No row can break a key the database validated and enforces. */
    public boolean provenByDatabase() {
        return Boolean.TRUE.equals(validated);
    }
}
