package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableSchema;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every table that inferred links may point at, in a stable order. Views are never targets. */
final class KeyTargets {

    private final List<KeyTarget> targets;

    KeyTargets(List<TableSchema> tables) {
        this.targets = tables.stream()
                .filter(KeyTargets::isTable)
                .map(KeyTargets::target)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(t -> t.table().table()))
                .toList();
    }

    List<KeyTarget> all() {
        return targets;
    }

    List<KeyTarget> forEntity(String entity) {
        return targets.stream().filter(t -> t.entity().equals(entity)).toList();
    }

    static boolean isTable(TableSchema schema) {
        return schema.kind() != TableKind.VIEW && schema.kind() != TableKind.MATERIALIZED_VIEW;
    }

    private static Optional<KeyTarget> target(TableSchema schema) {
        if (schema.primaryKey() == null || schema.primaryKey().columns().size() != 1) {
            return Optional.empty();
        }
        Optional<ColumnSchema> key = schema.column(schema.primaryKey().columns().get(0));
        return key.map(k -> new KeyTarget(schema, k, Names.entityOfTable(schema.table().name())));
    }
}
