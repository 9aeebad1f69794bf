package io.datamind.quality.suggest;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.QualityInput;
import io.datamind.quality.WholeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The observed length range of a text column. Where a hybrid profile counted empty strings its sample did not see,
 * the range starts at 0: the table holds them.
 */
public final class LengthBoundsSuggestion implements SuggestionRule {

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            if (column.text() == null || column.text().maxLength() <= 0) {
                continue;
            }
            int min = WholeTable.unseenEmptyStrings(column) ? 0 : column.text().minLength();
            int max = column.text().maxLength();
            rules.add(SuggestedRule.lengthBounds(input.schema().table(), column.column(), min, max,
                    "observed lengths run from " + min + " to " + max + " characters"));
        }
        return rules;
    }
}
