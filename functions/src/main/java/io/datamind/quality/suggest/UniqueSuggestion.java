package io.datamind.quality.suggest;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.KeyColumns;
import io.datamind.quality.QualityInput;
import io.datamind.scan.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Unique for declared single-column keys, and for columns whose values are all distinct over a full profile. */
public final class UniqueSuggestion implements SuggestionRule {

    private static final Set<TypeFamily> KEY_FAMILIES = Set.of(TypeFamily.INTEGER, TypeFamily.TEXT, TypeFamily.UUID);

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            if (KeyColumns.declaredUnique(input.schema(), column.column())) {
                rules.add(SuggestedRule.unique(input.schema().table(), column.column(), "declared primary key or unique"));
            } else if (allDistinct(input, column)) {
                rules.add(SuggestedRule.unique(input.schema().table(), column.column(),
                        "all " + column.rows() + " values are distinct"));
            }
        }
        return rules;
    }

    private static boolean allDistinct(QualityInput input, ColumnProfile column) {
        return !input.profile().sampled() && KEY_FAMILIES.contains(column.family()) && column.rows() > 1
                && column.distinct() != null && column.distinct().exact()
                && column.distinct().value() == column.rows() - column.nullCount();
    }
}
