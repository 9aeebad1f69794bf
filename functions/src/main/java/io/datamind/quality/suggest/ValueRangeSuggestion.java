package io.datamind.quality.suggest;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals.NumberRange;
import io.datamind.quality.KeyColumns;
import io.datamind.quality.QualityInput;
import io.datamind.quality.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The observed range of a numeric measure (not of keys or references, whose range means nothing). A hybrid profile's
 * range over every row is used: a sample's would be broken by the first value it missed. A hybrid profile that could
 * not count one (NaN or an infinity) gets no range rule.
 */
public final class ValueRangeSuggestion implements SuggestionRule {

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            if (KeyColumns.expectedUnique(input.schema(), column.column())
                    || KeyColumns.referencing(input.schema(), input.relationships(), column.column())) {
                continue;
            }
            column.numberRange().ifPresent(range -> rules.add(rule(input, column, range)));
        }
        return rules;
    }

    private static SuggestedRule rule(QualityInput input, ColumnProfile column, NumberRange range) {
        return SuggestedRule.valueRange(input.schema().table(), column.column(), range.min(), range.max(),
                "observed values run from " + Texts.number(range.min()) + " to " + Texts.number(range.max()));
    }
}
