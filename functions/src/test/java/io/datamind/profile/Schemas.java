package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.ArrayList;
import java.util.List;

/** Hand-built catalog records for tables the tests create (the catalog readers are not under test here). */
final class Schemas {

    private final TableRef table;
    private final List<ColumnSchema> columns = new ArrayList<>();

    private Schemas(TableRef table) {
        this.table = table;
    }

    static Schemas table(String schema, String name) {
        return new Schemas(new TableRef(schema, name));
    }

    Schemas column(String name, String declaredType, TypeFamily family) {
        return column(name, declaredType, family, null);
    }

    Schemas column(String name, String declaredType, TypeFamily family, Integer maxLength) {
        return add(name, declaredType, family, true, maxLength);
    }

    /** A NOT NULL column. */
    Schemas requiredColumn(String name, String declaredType, TypeFamily family) {
        return add(name, declaredType, family, false, null);
    }

    private Schemas add(String name, String declaredType, TypeFamily family, boolean nullable, Integer maxLength) {
        columns.add(new ColumnSchema(columns.size() + 1, name, declaredType, family, nullable, null, null,
                false, false, maxLength));
        return this;
    }

    TableSchema rows(long rowCount) {
        return new TableSchema(table, TableKind.TABLE, null, columns, null, List.of(), List.of(), List.of(),
                RowCount.exact(rowCount), List.of(), null);
    }
}
