package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** True when the key is {@code <x>_id}: two words or more, the last "id". */
    boolean hasEntityIdKey() {
        List<String> words = Names.words(key.name());
        return words.size() >= 2 && Names.isIdWord(words.get(words.size() - 1));
    }

    /**
     * Normalized column names that name this target by entity and key: {@code <entity>_<key>},
     * {@code <table words>_<key>}, and the key's own name when it starts with the entity (country_code).
     */
    Set<String> entityKeyColumnNames() {
        String normalizedKey = Names.normalized(key.name());
        String entityPrefix = entity + "_";
        String pluralPrefix = String.join("_", Names.words(table.table().name())) + "_";
        Set<String> names = new LinkedHashSet<>();
        names.add(entityPrefix + normalizedKey);
        names.add(pluralPrefix + normalizedKey);
        if (normalizedKey.startsWith(entityPrefix)) {
            names.add(normalizedKey);
        }
        return names;
    }

    /** A key that is itself a declared foreign key belongs to a child table (one-to-one), not to the owner. */
    boolean keyIsForeign() {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(key.name()));
    }
}
