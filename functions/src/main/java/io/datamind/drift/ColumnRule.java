package io.datamind.drift;

import io.datamind.docs.TableEntry;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Columns added or removed, and a kept column's type, nullability or default changed. */
final class ColumnRule implements TableDriftRule {

    @Override
    public List<Change> compare(TableEntry before, TableEntry after, DriftThresholds thresholds) {
        TableRef table = after.table();
        TableSchema old = before.schema();
        TableSchema now = after.schema();
        List<Change> changes = new ArrayList<>();
        for (ColumnSchema column : now.columns()) {
            Optional<ColumnSchema> previous = old.column(column.name());
            if (previous.isEmpty()) {
                changes.add(new Change(ChangeKind.COLUMN_ADDED, table, column.name(), null, type(column),
                        "Column " + column.name() + " was added (" + type(column) + ")."));
            } else {
                changed(table, previous.get(), column, changes);
            }
        }
        for (ColumnSchema column : old.columns()) {
            if (now.column(column.name()).isEmpty()) {
                changes.add(new Change(ChangeKind.COLUMN_REMOVED, table, column.name(), type(column), null,
                        "Column " + column.name() + " was removed (it was " + type(column) + ")."));
            }
        }
        return changes;
    }

    private static void changed(TableRef table, ColumnSchema old, ColumnSchema now, List<Change> changes) {
        String name = now.name();
        if (!type(old).equals(type(now))) {
            changes.add(new Change(ChangeKind.COLUMN_TYPE_CHANGED, table, name, type(old), type(now),
                    "Column " + name + " changed type from " + type(old) + " to " + type(now) + "."));
        }
        if (old.nullable() != now.nullable()) {
            changes.add(new Change(ChangeKind.COLUMN_NULLABILITY_CHANGED, table, name, nullability(old), nullability(now),
                    "Column " + name + (now.nullable() ? " now accepts nulls (it was NOT NULL)." : " is now NOT NULL.")));
        }
        if (!Objects.equals(old.defaultValue(), now.defaultValue())) {
            changes.add(new Change(ChangeKind.COLUMN_DEFAULT_CHANGED, table, name, old.defaultValue(), now.defaultValue(),
                    "Column " + name + "'s default changed from " + orNone(old.defaultValue()) + " to "
                            + orNone(now.defaultValue()) + "."));
        }
    }

    /** The declared type, with the declared length when the database reports it apart from the type name. */
    static String type(ColumnSchema column) {
        String declared = column.declaredType() != null ? column.declaredType()
                : column.family() != null ? column.family().name().toLowerCase(Locale.ROOT) : "unknown";
        return column.maxLength() == null || declared.contains("(") ? declared : declared + "(" + column.maxLength() + ")";
    }

    private static String nullability(ColumnSchema column) {
        return column.nullable() ? "nullable" : "not null";
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }
}
