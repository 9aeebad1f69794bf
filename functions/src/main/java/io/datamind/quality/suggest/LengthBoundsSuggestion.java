package io.datamind.quality.suggest;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.QualityInput;
import java.util.ArrayList;
import java.util.List;

/** The observed length range of a text column. */
public final class LengthBoundsSuggestion implements SuggestionRule {

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            if (column.text() == null || column.text().maxLength() <= 0) {
                continue;
            }
            int min = column.text().minLength();
            int max = column.text().maxLength();
            rules.add(SuggestedRule.lengthBounds(input.schema().table(), column.column(), min, max,
                    "observed lengths run from " + min + " to " + max + " characters"));
        }
        return rules;
    }
}
