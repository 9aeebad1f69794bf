package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every table that inferred links may point at, in a stable order. Views are never targets.
 * The rules look targets up by name: indexed once here, because scanning every target for every column
 * made relate quadratic (500 tables × 31,000 columns took most of a single core for half a minute).
 */
final class KeyTargets {

    private final List<KeyTarget> targets;
    private final Map<String, List<KeyTarget>> byEntity;
    private final Map<String, List<KeyTarget>> byEntityIdKeyName;
    private final Map<String, List<KeyTarget>> byEntityKeyColumnName;

    KeyTargets(List<TableSchema> tables) {
        this.targets = tables.stream()
                .filter(KeyTargets::isTable)
                .map(KeyTargets::target)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(t -> t.table().table()))
                .toList();
        this.byEntity = index(targets, t -> Set.of(t.entity()));
        this.byEntityIdKeyName = index(targets, t -> !t.keyIsForeign() && t.hasEntityIdKey()
                ? Set.of(Names.normalized(t.key().name())) : Set.of());
        this.byEntityKeyColumnName = index(targets, t -> t.hasIdLikeKey() ? Set.of() : t.entityKeyColumnNames());
    }

    List<KeyTarget> all() {
        return targets;
    }

    List<KeyTarget> forEntity(String entity) {
        return byEntity.getOrDefault(entity, List.of());
    }

    /** Targets not keyed by a foreign key whose {@code <x>_id} key has this normalized name. */
    List<KeyTarget> withEntityIdKeyNamed(String normalizedName) {
        return byEntityIdKeyName.getOrDefault(normalizedName, List.of());
    }

    /** Targets without an id-like key that a column of this normalized name names by entity and key. */
    List<KeyTarget> namedByEntityAndKey(String normalizedColumn) {
        return byEntityKeyColumnName.getOrDefault(normalizedColumn, List.of());
    }

    /** Each target under each of its names, in target order and at most once per name. */
    private static Map<String, List<KeyTarget>> index(List<KeyTarget> targets,
                                                      Function<KeyTarget, Set<String>> names) {
        Map<String, List<KeyTarget>> index = new HashMap<>();
        for (KeyTarget target : targets) {
            for (String name : new LinkedHashSet<>(names.apply(target))) {
                index.computeIfAbsent(name, n -> new ArrayList<>()).add(target);
            }
        }
        return index;
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
