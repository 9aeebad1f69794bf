package io.datamind.quality;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.ValueMasker;
import java.util.Map;
import java.util.Optional;

/**
 * Masks an example value of a finding by the column it came from. Empty means the value must not be shown.
 */
@FunctionalInterface
public interface ExampleMasker {

    String HIDDEN = "****";

    Optional<String> mask(String column, String value);

    /**
     * Masks each column by its classifier verdict; a column without one is hidden entirely, so a value whose
     * sensitivity is unknown never leaves the rule.
     */
    static ExampleMasker bySemantics(Map<String, ColumnSemantics> semantics, ValueMasker masker) {
        Map<String, ColumnSemantics> verdicts = Map.copyOf(semantics);
        return (column, value) -> {
            if (value == null) {
                return Optional.empty();
            }
            ColumnSemantics verdict = verdicts.get(column);
            return verdict == null ? Optional.of(HIDDEN) : masker.mask(verdict, value);
        };
    }
}
