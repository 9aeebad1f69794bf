package io.datamind.quality.suggest;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.KeyColumns;
import io.datamind.quality.QualityInput;
import io.datamind.quality.Texts;
import java.util.ArrayList;
import java.util.List;

/** The observed range of a numeric measure (not of keys or references, whose range means nothing). */
public final class ValueRangeSuggestion implements SuggestionRule {

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            if (column.numeric() == null || column.rows() - column.nullCount() == 0
                    || KeyColumns.expectedUnique(input.schema(), column.column())
                    || KeyColumns.referencing(input.schema(), input.relationships(), column.column())) {
                continue;
            }
            double min = column.numeric().min();
            double max = column.numeric().max();
            rules.add(SuggestedRule.valueRange(input.schema().table(), column.column(), min, max,
                    "observed values run from " + Texts.number(min) + " to " + Texts.number(max)));
        }
        return rules;
    }
}
