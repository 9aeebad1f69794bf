package io.datamind.quality.suggest;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.TableProfile;
import io.datamind.quality.QualityInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Complete (not null) for every column without NULLs in the profile. A hybrid profile counted the NULLs over every
 * row: only its totals decide, since a sample without NULL says little of a column with a few among millions.
 */
public final class CompleteSuggestion implements SuggestionRule {

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            withoutNull(input.profile(), column).ifPresent(rationale ->
                    rules.add(SuggestedRule.complete(input.schema().table(), column.column(), rationale)));
        }
        return rules;
    }

    /** Why the column has no NULL; empty when it has some, or no row to tell. */
    private static Optional<String> withoutNull(TableProfile profile, ColumnProfile column) {
        if (column.totals() != null) {
            long rows = profile.exactRows().orElse(0L);
            return column.totals().nullCount() == 0 && rows > 0 ? Optional.of("no NULL in all " + rows + " rows") : Optional.empty();
        }
        if (column.rows() > 0 && column.nullCount() == 0) {
            return Optional.of("no NULL in " + column.rows() + (profile.sampled() ? " sampled" : "") + " rows");
        }
        return Optional.empty();
    }
}
