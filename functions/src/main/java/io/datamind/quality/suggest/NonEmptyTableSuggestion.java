package io.datamind.quality.suggest;

import io.datamind.quality.QualityInput;
import java.util.List;
import java.util.Optional;

/** RowCount &gt; 0 for a table that has rows: an empty load is the commonest silent failure. */
public final class NonEmptyTableSuggestion implements SuggestionRule {

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        // a full profile read every row and a hybrid one counted them; a sample only tells its own size
        Optional<Long> exact = input.profile().exactRows();
        long rows = exact.orElse(input.profile().rowsProfiled());
        if (rows == 0) {
            return List.of();
        }
        return List.of(SuggestedRule.nonEmptyTable(input.schema().table(),
                "the table has " + rows + " rows" + (exact.isEmpty() ? " in the sample" : "")));
    }
}
