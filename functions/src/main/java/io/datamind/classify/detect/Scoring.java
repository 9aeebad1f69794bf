package io.datamind.classify.detect;

import java.util.Locale;

/** The one confidence formula every value-checked detector uses, and the wording of its reasons. */
public final class Scoring {

    /** A type needs at least this share of sampled values to pass its validator. */
    public static final double MIN_MATCH_RATIO = 0.8;

    private Scoring() {
    }

    /**
     * Confidence = match ratio × (specificity + (1 − specificity) × name score).
     * Specificity says how far the values alone identify the type: an e-mail address is unmistakable (≈0.95),
     * a five-digit number could be a ZIP code or anything else (≈0.25) and needs a name that says "zip".
     */
    public static double confidence(double nameScore, double matchRatio, double valueSpecificity) {
        return matchRatio * (valueSpecificity + (1 - valueSpecificity) * nameScore);
    }

    public static String reason(NameMatch name, double matchRatio, int sampled, String noun) {
        String values = String.format(Locale.ROOT, "%.1f%% of %d sampled values are %s", matchRatio * 100, sampled, noun);
        return name.matched() ? nameReason(name) + "; " + values : values;
    }

    public static String nameReason(NameMatch name) {
        return "name matches '" + name.phrase() + "'";
    }
}
