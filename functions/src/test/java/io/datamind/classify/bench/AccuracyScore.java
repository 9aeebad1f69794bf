package io.datamind.classify.bench;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.PiiPolicy;
import io.datamind.classify.SemanticClassifier;
import io.datamind.classify.SemanticType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Precision and recall per semantic type, macro F1, and PII detection as a yes/no question, over a labelled corpus. */
public final class AccuracyScore {

    /** One column's outcome. */
    public record Outcome(LabelledColumn column, ColumnSemantics predicted) {
        public boolean correct() {
            return predicted.type() == column.expected();
        }
    }

    /** Counts for one type; UNKNOWN is scored like the others but left out of the macro average. */
    public record TypeScore(SemanticType type, int support, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final List<Outcome> outcomes;
    private final PiiPolicy pii = new PiiPolicy();

    private final long seed;

    private AccuracyScore(List<Outcome> outcomes, long seed) {
        this.outcomes = List.copyOf(outcomes);
        this.seed = seed;
    }

    public static AccuracyScore of(SemanticClassifier classifier, List<LabelledColumn> corpus) {
        return of(classifier, corpus, LabelledCorpus.SEED);
    }

    public static AccuracyScore of(SemanticClassifier classifier, List<LabelledColumn> corpus, long seed) {
        List<Outcome> outcomes = new ArrayList<>();
        for (LabelledColumn column : corpus) {
            outcomes.add(new Outcome(column, classifier.classify(column.evidence())));
        }
        return new AccuracyScore(outcomes, seed);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    public List<Outcome> mistakes() {
        return outcomes.stream().filter(outcome -> !outcome.correct()).toList();
    }

    public Map<SemanticType, TypeScore> perType() {
        Map<SemanticType, TypeScore> scores = new EnumMap<>(SemanticType.class);
        for (SemanticType type : SemanticType.values()) {
            int support = 0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Outcome outcome : outcomes) {
                boolean expected = outcome.column().expected() == type;
                boolean predicted = outcome.predicted().type() == type;
                support += expected ? 1 : 0;
                tp += expected && predicted ? 1 : 0;
                fp += !expected && predicted ? 1 : 0;
                fn += expected && !predicted ? 1 : 0;
            }
            if (support > 0 || fp > 0) {
                scores.put(type, new TypeScore(type, support, tp, fp, fn));
            }
        }
        return scores;
    }

    /** Mean F1 over the semantic types that occur in the corpus or in the predictions (UNKNOWN excluded). */
    public double macroF1() {
        return perType().values().stream().filter(score -> score.type() != SemanticType.UNKNOWN)
                .mapToDouble(TypeScore::f1).average().orElse(0);
    }

    public double accuracy() {
        return ratio(outcomes.stream().filter(Outcome::correct).count(), outcomes.size());
    }

    /** Of the columns that hold PII, the share flagged as PII (any PII category). */
    public double piiRecall() {
        long actual = outcomes.stream().filter(this::actuallyPii).count();
        long found = outcomes.stream().filter(o -> actuallyPii(o) && predictedPii(o)).count();
        return ratio(found, actual);
    }

    /** Of the columns flagged as PII, the share that hold PII. */
    public double piiPrecision() {
        long flagged = outcomes.stream().filter(this::predictedPii).count();
        long right = outcomes.stream().filter(o -> actuallyPii(o) && predictedPii(o)).count();
        return ratio(right, flagged);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Corpus: %d columns (%d decoys), seed %d, %s%n%n", outcomes.size(),
                outcomes.stream().filter(o -> o.column().decoy()).count(), seed,
                "200 sampled values per column"));
        md.append("| type | PII | support | TP | FP | FN | precision | recall | F1 |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (TypeScore score : perType().values()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                    score.type().name().toLowerCase(Locale.ROOT), pii.rating(score.type()).category().name().toLowerCase(Locale.ROOT),
                    score.support(), score.truePositives(), score.falsePositives(), score.falseNegatives(),
                    score.precision(), score.recall(), score.f1()));
        }
        md.append(String.format(Locale.ROOT, "%n| summary | value |%n|---|---:|%n| accuracy | %.3f |%n| macro F1 (excl. unknown) | %.3f |%n"
                + "| PII recall | %.3f |%n| PII precision | %.3f |%n", accuracy(), macroF1(), piiRecall(), piiPrecision()));
        List<Outcome> mistakes = mistakes();
        if (!mistakes.isEmpty()) {
            md.append("\nMisclassified columns:\n\n| column | expected | predicted | evidence |\n|---|---|---|---|\n");
            for (Outcome outcome : mistakes) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", outcome.column().evidence().name(),
                        outcome.column().expected(), outcome.predicted().type(), outcome.predicted().evidence().replace("|", "\\|")));
            }
        }
        return md.toString();
    }

    private boolean actuallyPii(Outcome outcome) {
        return pii.rating(outcome.column().expected()).isPii();
    }

    private boolean predictedPii(Outcome outcome) {
        return outcome.predicted().piiCategory() != io.datamind.classify.PiiCategory.NONE;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
