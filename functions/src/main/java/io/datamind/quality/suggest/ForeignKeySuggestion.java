package io.datamind.quality.suggest;

import io.datamind.quality.KeyColumns;
import io.datamind.quality.QualityInput;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import java.util.ArrayList;
import java.util.List;

/**
 * Every reference finds its parent, for declared foreign keys and inferred relationships of confidence 0.8 or more.
 * Single-column references only: neither DQDL nor dbt's relationships test takes composite keys in one rule.
 */
public final class ForeignKeySuggestion implements SuggestionRule {

    private static final double MIN_CONFIDENCE = 0.8;

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (Relationship relationship : KeyColumns.outgoing(input.schema(), input.relationships())) {
            boolean declared = relationship.origin() == RelationshipOrigin.DECLARED;
            if (relationship.fromColumns().size() != 1 || (!declared && relationship.confidence() < MIN_CONFIDENCE)) {
                continue;
            }
            rules.add(SuggestedRule.foreignKey(input.schema().table(), relationship.fromColumns().get(0), relationship.to(),
                    relationship.toColumns().get(0), declared ? "declared foreign key"
                            : "inferred relationship (confidence " + relationship.confidence() + "): " + relationship.evidence()));
        }
        return rules;
    }
}
