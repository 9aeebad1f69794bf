package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;

/**
 * A table that can be pointed at: it has a single-column primary key.
 *
 * @param entity the table's name as a singular key ("customers" → "customer")
 */
record KeyTarget(TableSchema table, ColumnSchema key, String entity) {

    String label() {
        return table.table().key() + "." + key.name();
    }

    /** True when the key's name says "identifier": id, customer_id, id_customer. */
    boolean hasIdLikeKey() {
        return Names.words(key.name()).stream().anyMatch(Names::isIdWord);
    }

    /** A key that is itself a declared foreign key belongs to a child table (one-to-one), not to the owner. */
    boolean keyIsForeign() {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(key.name()));
    }
}
