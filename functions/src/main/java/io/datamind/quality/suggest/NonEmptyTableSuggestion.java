package io.datamind.quality.suggest;

import io.datamind.quality.QualityInput;
import java.util.List;

/** RowCount &gt; 0 for a table that has rows: an empty load is the commonest silent failure. */
public final class NonEmptyTableSuggestion implements SuggestionRule {

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        if (input.profile().rowsProfiled() == 0) {
            return List.of();
        }
        return List.of(SuggestedRule.nonEmptyTable(input.schema().table(),
                "the table has " + input.profile().rowsProfiled() + " rows" + (input.profile().sampled() ? " in the sample" : "")));
    }
}
