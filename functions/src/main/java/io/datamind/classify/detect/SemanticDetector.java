package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import java.util.Optional;

/** Recognises one semantic type from a column's name and sampled values. */
public interface SemanticDetector {

    SemanticType type();

    /** A claim with its confidence, or empty when the column is clearly not of this type. */
    Optional<Candidate> detect(ColumnContext column);
}
