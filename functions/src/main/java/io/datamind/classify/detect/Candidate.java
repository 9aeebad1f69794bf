package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;

/**
 * One detector's claim on a column.
 *
 * @param matchRatio share of sampled values that pass the type's validator; null for a name-only claim
 * @param format     detected text format (dates), else null
 * @param reason     why, in words, for {@code ColumnSemantics.evidence}
 */
public record Candidate(SemanticType type, double confidence, Double matchRatio, String format, String reason) {
}
