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
 * Detectors whose {@link SemanticDetector#maxConfidence bound} cannot beat the best claim are not asked at all.
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
        double[] bounds = new double[detectors.size()];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = detectors.get(i).maxConfidence(column);
        }
        // Most promising detectors first: once the best claim beats every remaining bound, the verdict is settled.
        // Which claim wins does not depend on this order: the most confident, the earlier listed on a tie.
        Candidate best = null;
        int bestIndex = -1;
        for (int i : byBoundDescending(bounds)) {
            if (best != null && bounds[i] < best.confidence() - BOUND_SLACK) {
                break;
            }
            Optional<Candidate> claim = detectors.get(i).detect(column);
            if (claim.isPresent() && (best == null || claim.get().confidence() > best.confidence()
                    || claim.get().confidence() == best.confidence() && i < bestIndex)) {
                best = claim.get();
                bestIndex = i;
            }
        }
        if (best == null || best.confidence() < MIN_CONFIDENCE) {
            return unknown(best);
        }
        PiiRating rating = piiPolicy.rating(best.type());
        return new ColumnSemantics(best.type(), round(best.confidence()), best.matchRatio(), best.format(),
                rating.category(), rating.sensitivity(), best.reason());
    }

    /** Detector indexes by bound, highest first, list order among equal bounds (an insertion sort: ~40 detectors). */
    private static int[] byBoundDescending(double[] bounds) {
        int[] order = new int[bounds.length];
        for (int i = 0; i < order.length; i++) {
            int at = i;
            while (at > 0 && bounds[order[at - 1]] < bounds[i]) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        return order;
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
