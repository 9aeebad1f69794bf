package io.datamind.quality.suggest;

import io.datamind.quality.QualityInput;
import java.util.List;

/** Proposes one kind of check from what the earlier steps know about a table. */
public interface SuggestionRule {
    List<SuggestedRule> suggest(QualityInput input);
}
