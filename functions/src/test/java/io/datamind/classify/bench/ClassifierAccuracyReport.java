package io.datamind.classify.bench;

import io.datamind.classify.SemanticClassifier;

/**
 * Prints the classifier's per-type precision/recall on the labelled corpus as Markdown, for BENCHMARKS.md.
 * Run from the repository root:
 * {@code mvn -q -B -o -pl functions test-compile exec:java -Dexec.mainClass=io.datamind.classify.bench.ClassifierAccuracyReport -Dexec.classpathScope=test}
 */
public final class ClassifierAccuracyReport {

    private ClassifierAccuracyReport() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        AccuracyScore score = AccuracyScore.of(new SemanticClassifier(), LabelledCorpus.generate());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("## Semantic classifier accuracy\n");
        System.out.print(score.markdown());
        System.out.printf("%nClassified %d columns in %d ms (including corpus generation).%n", score.outcomes().size(), millis);
    }
}
