package io.datamind.quality.suggest;

import io.datamind.quality.QualityInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs every suggestion rule on one table; the result is ordered table rule first, then by column, then by kind. */
public final class RuleSuggester {

    private final List<SuggestionRule> rules;

    public RuleSuggester(List<SuggestionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleSuggester withDefaultRules() {
        return new RuleSuggester(List.of(new NonEmptyTableSuggestion(), new CompleteSuggestion(), new UniqueSuggestion(),
                new ValueRangeSuggestion(), new AllowedValuesSuggestion(), new PatternSuggestion(),
                new LengthBoundsSuggestion(), new ForeignKeySuggestion()));
    }

    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> suggested = new ArrayList<>();
        for (SuggestionRule rule : rules) {
            suggested.addAll(rule.suggest(input));
        }
        Map<String, Integer> ordinals = new HashMap<>();
        input.schema().columns().forEach(c -> ordinals.put(c.name(), c.ordinal()));
        suggested.sort(Comparator.comparingInt((SuggestedRule r) -> r.column() == null ? -1 : ordinals.getOrDefault(r.column(), Integer.MAX_VALUE))
                .thenComparing(SuggestedRule::kind));
        return suggested;
    }
}
