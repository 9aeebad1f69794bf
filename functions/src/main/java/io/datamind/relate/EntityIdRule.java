package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.List;
import java.util.Set;

/**
 * {@code <entity>_id}, {@code <entity>id} and {@code id_<entity>} point at the table named after the entity
 * (singular or plural): customer_id → customers.id or customer.customer_id.
 */
final class EntityIdRule implements InferenceRule {

    static final double ID_KEY = 0.9;
    static final double OTHER_KEY = 0.6;

    /** Ordinary words that end in "id" but are not "<entity>id". */
    private static final Set<String> WORDS_ENDING_IN_ID = Set.of(
            "valid", "invalid", "rapid", "fluid", "liquid", "solid", "hybrid", "humid", "afraid", "android",
            "pyramid", "orchid", "placid", "lucid", "vivid", "rigid", "stupid", "prepaid", "postpaid", "unpaid");

    @Override
    public List<Candidate> propose(TableSchema from, ColumnSchema column, KeyTargets targets) {
        String entity = entityOf(Names.words(column.name()));
        if (entity.isEmpty()) {
            return List.of();
        }
        if (entity.equals(Names.entityOfTable(from.table().name()))) {
            // a table's own <entity>_id is its identifier, not a link to itself or to a same-named copy elsewhere
            return List.of();
        }
        return targets.forEntity(entity).stream()
                .map(t -> new Candidate(from, column, t, t.hasIdLikeKey() ? ID_KEY : OTHER_KEY,
                        "name " + column.name() + " matches " + t.label() + ", " + Evidence.types(column, t)))
                .toList();
    }

    /** "customer_id", "CustomerID", "id_customer", "customerid" → "customer"; anything else → "". */
    static String entityOf(List<String> words) {
        int n = words.size();
        if (n >= 2 && Names.isIdWord(words.get(n - 1))) {
            return Names.entity(words.subList(0, n - 1));
        }
        if (n >= 2 && Names.isIdWord(words.get(0))) {
            return Names.entity(words.subList(1, n));
        }
        if (n == 1 && words.get(0).endsWith("id") && words.get(0).length() > 4 && !WORDS_ENDING_IN_ID.contains(
                words.get(0))) {
            return Names.entity(List.of(words.get(0).substring(0, words.get(0).length() - 2)));
        }
        return "";
    }
}
