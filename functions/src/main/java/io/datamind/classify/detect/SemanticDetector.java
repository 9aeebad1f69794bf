package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import java.util.Optional;

/** Recognises one semantic type from a column's name and sampled values. */
public interface SemanticDetector {

    SemanticType type();

    /** A claim with its confidence, or empty when the column is clearly not of this type. */
    Optional<Candidate> detect(ColumnContext column);

    /**
     * No claim of this detector on this column can be more confident than this; cheap to compute, so the
     * classifier can skip a detector that cannot beat the best claim so far. Unbounded unless a detector knows better.
     */
    default double maxConfidence(ColumnContext column) {
        return Double.POSITIVE_INFINITY;
    }
}
