package io.datamind.classify;

/**
 * The classifier's verdict on one column.
 *
 * @param confidence 0..1, from name evidence and the share of sampled values that pass the type's validator
 * @param matchRatio share of sampled non-null values that pass the validator (null when the type has none)
 * @param format     detected format for text-encoded dates and times (e.g. "dd/MM/yyyy"), else null
 * @param evidence   a sentence saying why ("name matches 'email'; 97.0% of 500 sampled values are e-mail addresses")
 */
public record ColumnSemantics(
        SemanticType type,
        double confidence,
        Double matchRatio,
        String format,
        PiiCategory piiCategory,
        Sensitivity sensitivity,
        String evidence) {
}
