package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import java.util.Locale;
import java.util.Optional;

/** Low cardinality: at most 20 distinct values, under 5% of the rows. A fallback that more specific types beat. */
public final class CategoricalDetector implements SemanticDetector {

    private static final int MAX_DISTINCT = 20;
    private static final double MAX_DISTINCT_SHARE = 0.05;
    private static final double CONFIDENCE = 0.55;

    @Override
    public SemanticType type() {
        return SemanticType.CATEGORICAL;
    }

    @Override
    public double maxConfidence(ColumnContext column) {
        return CONFIDENCE;
    }

    @Override
    public Optional<Candidate> detect(ColumnContext column) {
        long distinct = column.distinctCount();
        long rows = column.nonNullCount();
        if (column.family().isOpaque() || rows == 0 || distinct > MAX_DISTINCT || distinct / (double) rows >= MAX_DISTINCT_SHARE) {
            return Optional.empty();
        }
        String reason = String.format(Locale.ROOT, "%d distinct values over %d non-null rows", distinct, rows);
        return Optional.of(new Candidate(type(), CONFIDENCE, null, null, reason));
    }
}
