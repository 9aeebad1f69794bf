package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * {@code <role>_<entity>_id} points at the entity's table: manager_staff_id → staff, parent_category_id → category
 * (a self-reference is fine here: the role says it is another row). The longest matching entity wins.
 */
final class RoleEntityIdRule implements InferenceRule {

    static final double CONFIDENCE = 0.7;

    @Override
    public List<Candidate> propose(TableSchema from, ColumnSchema column, KeyTargets targets) {
        List<String> words = Names.words(column.name());
        int n = words.size();
        if (n < 3 || !Names.isIdWord(words.get(n - 1))) {
            return List.of();
        }
        for (int start = 1; start < n - 1; start++) {
            List<String> entityWords = words.subList(start, n - 1);
            List<KeyTarget> found = targets.forEntity(Names.entity(entityWords));
            if (!found.isEmpty()) {
                String role = String.join("_", words.subList(0, start));
                String suffix = String.join("_", words.subList(start, n));
                return found.stream()
                        .map(t -> new Candidate(from, column, t, CONFIDENCE, "name " + column.name() + " is "
                                + suffix + " with role " + role + ", matching " + t.label() + ", "
                                + Evidence.types(column, t)))
                        .toList();
            }
        }
        return List.of();
    }
}
