/**
 * Semantic classification of columns: what a column holds (e-mail, IBAN, birth date...), whether that is personal
 * data, how sensitive it is, and how its sample values may be shown.
 *
 * <p>{@link io.datamind.classify.SemanticClassifier} turns a {@link io.datamind.classify.ColumnEvidence} (name,
 * family, sampled values as text) into a {@link io.datamind.classify.ColumnSemantics}. Each semantic type has one
 * small detector in {@code classify.detect}, registered in {@code Detectors.standard}; value checks live in
 * {@code classify.validators} and lean on libphonenumber and the JDK's locale and currency data. A detector's
 * confidence is {@code matchRatio × (specificity + (1 − specificity) × nameScore)}: values that identify
 * themselves need no telling name, ambiguous ones do. {@link io.datamind.classify.PiiPolicy} is the one table from
 * type to PII category and sensitivity; {@link io.datamind.classify.ValueMasker} masks sample values by type.
 *
 * <p>To add a type: add a detector (usually a {@code ValidatedDetector} subclass), register it in
 * {@code Detectors}, rate it in {@code PiiPolicy}, and add generated columns to the test corpus.
 */
package io.datamind.classify;
