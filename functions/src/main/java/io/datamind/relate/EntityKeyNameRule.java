package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * {@code <entity>_<key name>} points at the entity's table when its key has that name: country_code →
 * country.code, iso_country_code is left to the role rule. Also a column named exactly like a key that starts with
 * its table's entity (country_code → country.country_code). Keys named like "id" are the entity-id rule's.
 */
final class EntityKeyNameRule implements InferenceRule {

    static final double CONFIDENCE = 0.8;

    @Override
    public List<Candidate> propose(TableSchema from, ColumnSchema column, KeyTargets targets) {
        return targets.namedByEntityAndKey(Names.normalized(column.name())).stream()
                .filter(t -> !t.table().table().equals(from.table()))
                .map(t -> new Candidate(from, column, t, CONFIDENCE, "name " + column.name() + " is the entity "
                        + t.entity() + " and the key " + t.key().name() + " of " + t.label() + ", "
                        + Evidence.types(column, t)))
                .toList();
    }
}
