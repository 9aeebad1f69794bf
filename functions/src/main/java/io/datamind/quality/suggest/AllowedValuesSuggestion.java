package io.datamind.quality.suggest;

import io.datamind.classify.PiiCategory;
import io.datamind.classify.Sensitivity;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ValueCount;
import io.datamind.quality.QualityInput;
import io.datamind.quality.WholeTable;
import io.datamind.scan.TypeFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * The closed set of values of a text column with at most 10 distinct values, each seen at least twice on average
 * (Deequ's rule of thumb for categorical columns). Never for confidential or restricted columns: the rule
 * would publish their values. Nor where a hybrid profile counted empty strings its sample did not see: the list
 * would lack one value of the table.
 */
public final class AllowedValuesSuggestion implements SuggestionRule {

    private static final int MAX_CATEGORIES = 10;

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            if (column.family() != TypeFamily.TEXT || column.topValues() == null || !column.topValues().exact()
                    || sensitive(input, column) || WholeTable.unseenEmptyStrings(column)) {
                continue;
            }
            List<ValueCount> values = column.topValues().values();
            long nonNull = column.rows() - column.nullCount();
            long covered = values.stream().mapToLong(ValueCount::count).sum();
            if (values.isEmpty() || values.size() > MAX_CATEGORIES || covered != nonNull || nonNull < 2L * values.size()) {
                continue;
            }
            List<String> sorted = values.stream().map(ValueCount::value).sorted().toList();
            rules.add(SuggestedRule.allowedValues(input.schema().table(), column.column(), sorted,
                    values.size() + " distinct values cover all " + nonNull + " non-null rows"));
        }
        return rules;
    }

    /** Personal values are masked in the profile: a list of masks would be no rule at all. */
    private static boolean sensitive(QualityInput input, ColumnProfile column) {
        var semantics = input.semantics().get(column.column());
        return semantics != null && semantics.sensitivity() != null
                && (semantics.sensitivity().compareTo(Sensitivity.CONFIDENTIAL) >= 0
                || semantics.piiCategory() != PiiCategory.NONE && semantics.sensitivity() != Sensitivity.PUBLIC);
    }
}
