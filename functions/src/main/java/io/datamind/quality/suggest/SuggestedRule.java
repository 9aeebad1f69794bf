package io.datamind.quality.suggest;

import io.datamind.scan.TableRef;
import java.util.List;

/**
 * A check that holds on today's data and is worth enforcing. Only the fields of its kind are set:
 * min/max for VALUE_RANGE and LENGTH_BOUNDS, allowedValues for ALLOWED_VALUES, pattern for PATTERN,
 * referencedTable/referencedColumn for FOREIGN_KEY; column is null for NON_EMPTY_TABLE.
 *
 * @param rationale why the rule is suggested, from the figures it rests on
 */
public record SuggestedRule(
        SuggestionKind kind,
        TableRef table,
        String column,
        Double min,
        Double max,
        List<String> allowedValues,
        String pattern,
        TableRef referencedTable,
        String referencedColumn,
        String rationale) {

    public SuggestedRule {
        allowedValues = allowedValues == null ? null : List.copyOf(allowedValues);
    }

    public static SuggestedRule nonEmptyTable(TableRef table, String rationale) {
        return new SuggestedRule(SuggestionKind.NON_EMPTY_TABLE, table, null, null, null, null, null, null, null, rationale);
    }

    public static SuggestedRule complete(TableRef table, String column, String rationale) {
        return new SuggestedRule(SuggestionKind.COMPLETE, table, column, null, null, null, null, null, null, rationale);
    }

    public static SuggestedRule unique(TableRef table, String column, String rationale) {
        return new SuggestedRule(SuggestionKind.UNIQUE, table, column, null, null, null, null, null, null, rationale);
    }

    public static SuggestedRule valueRange(TableRef table, String column, double min, double max, String rationale) {
        return new SuggestedRule(SuggestionKind.VALUE_RANGE, table, column, min, max, null, null, null, null, rationale);
    }

    public static SuggestedRule allowedValues(TableRef table, String column, List<String> values, String rationale) {
        return new SuggestedRule(SuggestionKind.ALLOWED_VALUES, table, column, null, null, values, null, null, null, rationale);
    }

    public static SuggestedRule pattern(TableRef table, String column, String regex, String rationale) {
        return new SuggestedRule(SuggestionKind.PATTERN, table, column, null, null, null, regex, null, null, rationale);
    }

    public static SuggestedRule lengthBounds(TableRef table, String column, int min, int max, String rationale) {
        return new SuggestedRule(SuggestionKind.LENGTH_BOUNDS, table, column, (double) min, (double) max, null, null,
                null, null, rationale);
    }

    public static SuggestedRule foreignKey(TableRef table, String column, TableRef parent, String parentColumn,
                                           String rationale) {
        return new SuggestedRule(SuggestionKind.FOREIGN_KEY, table, column, null, null, null, null, parent, parentColumn,
                rationale);
    }
}
