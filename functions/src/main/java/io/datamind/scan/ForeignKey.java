package io.datamind.scan;

import java.util.List;

/** A declared foreign key; {@code columns.get(i)} references {@code targetColumns.get(i)}. */
public record ForeignKey(String name, List<String> columns, TableRef target, List<String> targetColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
