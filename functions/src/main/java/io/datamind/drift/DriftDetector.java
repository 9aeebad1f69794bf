package io.datamind.drift;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.TableEntry;
import io.datamind.scan.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a run with the source's previous run. Tables are listed in key order; per table, columns, then
 * constraints, then profile shifts. A table that failed in either run (no schema) is only compared for presence.
 */
public final class DriftDetector {

    private final List<TableDriftRule> rules = List.of(new ColumnRule(), new ConstraintRule(), new ProfileShiftRule());

    public SchemaChanges compare(DataDictionary previous, DataDictionary current, DriftThresholds thresholds) {
        Map<TableRef, TableEntry> before = byTable(previous);
        Map<TableRef, TableEntry> after = byTable(current);
        TreeSet<TableRef> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (TableRef table : all) {
            TableEntry old = before.get(table);
            TableEntry now = after.get(table);
            if (old == null) {
                changes.add(new Change(ChangeKind.TABLE_ADDED, table, null, null, null, "Table " + table.key() + " was added."));
            } else if (now == null) {
                changes.add(new Change(ChangeKind.TABLE_REMOVED, table, null, null, null, "Table " + table.key() + " was removed."));
            } else if (old.schema() != null && now.schema() != null) {
                rules.forEach(rule -> changes.addAll(rule.compare(old, now, thresholds)));
            }
        }
        return new SchemaChanges(previous.run() == null ? null : previous.run().runId(),
                previous.run() == null ? null : previous.run().startedAt(), changes);
    }

    private static Map<TableRef, TableEntry> byTable(DataDictionary dictionary) {
        Map<TableRef, TableEntry> entries = new TreeMap<>();
        dictionary.tables().forEach(entry -> entries.put(entry.table(), entry));
        return entries;
    }
}
