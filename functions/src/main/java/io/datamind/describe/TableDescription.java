package io.datamind.describe;

import io.datamind.scan.TableRef;
import java.util.List;
import java.util.Optional;

/** Output of the describe step: one description for the table and one per column. */
public record TableDescription(TableRef table, Description description, List<ColumnDescription> columns) {

    public TableDescription {
        columns = List.copyOf(columns);
    }

    public Optional<Description> column(String name) {
        return columns.stream().filter(c -> c.column().equals(name)).map(ColumnDescription::description).findFirst();
    }
}
