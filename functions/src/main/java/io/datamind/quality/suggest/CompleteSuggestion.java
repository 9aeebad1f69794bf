package io.datamind.quality.suggest;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.QualityInput;
import java.util.ArrayList;
import java.util.List;

/** Complete (not null) for every column without NULLs in the profile. */
public final class CompleteSuggestion implements SuggestionRule {

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            if (column.rows() > 0 && column.nullCount() == 0) {
                rules.add(SuggestedRule.complete(input.schema().table(), column.column(),
                        "no NULL in " + column.rows() + (input.profile().sampled() ? " sampled" : "") + " rows"));
            }
        }
        return rules;
    }
}
