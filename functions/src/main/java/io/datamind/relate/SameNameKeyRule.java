package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * A column named exactly like another table's {@code <x>_id} key points at it, whatever that table is called:
 * store_id in many tables → shop.store_id.
 */
final class SameNameKeyRule implements InferenceRule {

    static final double CONFIDENCE = 0.75;

    @Override
    public List<Candidate> propose(TableSchema from, ColumnSchema column, KeyTargets targets) {
        if (isSolePrimaryKey(from, column)) {
            // two tables keyed by the same name (customer, customer_details) would otherwise point at each other
            return List.of();
        }
        return targets.withEntityIdKeyNamed(Names.normalized(column.name())).stream()
                .filter(t -> !t.table().table().equals(from.table()))
                .map(t -> new Candidate(from, column, t, CONFIDENCE, "name " + column.name()
                        + " equals the primary key " + t.label() + ", " + Evidence.types(column, t)))
                .toList();
    }

    private static boolean isSolePrimaryKey(TableSchema table, ColumnSchema column) {
        return table.primaryKey() != null && table.primaryKey().columns().equals(List.of(column.name()));
    }
}
