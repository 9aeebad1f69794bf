package io.datamind.classify;

import io.datamind.classify.detect.Candidate;
import io.datamind.classify.detect.ColumnContext;
import io.datamind.classify.detect.Detectors;
import io.datamind.classify.detect.SemanticDetector;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a column holds from its name and sampled values. Every detector makes its claim; the most
 * confident claim at or above {@link #MIN_CONFIDENCE} wins (earlier detectors win ties); otherwise UNKNOWN.
 * Works the same for database samples and file values, which all arrive as text.
 */
public final class SemanticClassifier {

    public static final double MIN_CONFIDENCE = 0.5;
    /**
     * A detector is skipped when even its best claim falls short of the best claim so far by more than this: the
     * bound and the claim are computed by different sums, and rounding must not skip a claim that would tie or win.
     */
    private static final double BOUND_SLACK = 1e-9;

    private final List<SemanticDetector> detectors;
    private final PiiPolicy piiPolicy;

    public SemanticClassifier() {
        this(Detectors.standard(Clock.systemUTC(), "US"), new PiiPolicy());
    }

    public SemanticClassifier(List<SemanticDetector> detectors, PiiPolicy piiPolicy) {
        this.detectors = List.copyOf(detectors);
        this.piiPolicy = piiPolicy;
    }

    public ColumnSemantics classify(ColumnEvidence evidence) {
        ColumnContext column = new ColumnContext(evidence);
        Candidate best = null;
        for (SemanticDetector detector : detectors) {
            if (best != null && detector.maxConfidence(column) < best.confidence() - BOUND_SLACK) {
                continue; // cannot win, and its value checks are the dear part of classifying
            }
            Optional<Candidate> claim = detector.detect(column);
            if (claim.isPresent() && (best == null || claim.get().confidence() > best.confidence())) {
                best = claim.get();
            }
        }
        if (best == null || best.confidence() < MIN_CONFIDENCE) {
            return unknown(best);
        }
        PiiRating rating = piiPolicy.rating(best.type());
        return new ColumnSemantics(best.type(), round(best.confidence()), best.matchRatio(), best.format(),
                rating.category(), rating.sensitivity(), best.reason());
    }

    private ColumnSemantics unknown(Candidate nearest) {
        PiiRating rating = piiPolicy.rating(SemanticType.UNKNOWN);
        String evidence = nearest == null ? "no detector recognised the name or the values"
                : String.format(Locale.ROOT, "closest guess %s at confidence %.2f (below %.2f): %s",
                        nearest.type(), nearest.confidence(), MIN_CONFIDENCE, nearest.reason());
        return new ColumnSemantics(SemanticType.UNKNOWN, 0.0, null, null, rating.category(), rating.sensitivity(), evidence);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
