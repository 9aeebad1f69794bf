package io.datamind.classify.bench;

import io.datamind.classify.SemanticClassifier;

/**
 * Prints the classifier's per-type precision/recall on the labelled corpus as Markdown, for BENCHMARKS.md.
 * Run from the repository root (add {@code -Dexec.args=SEED} for another corpus seed):
 * {@code mvn -q -B -pl functions test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.mainClass=io.datamind.classify.bench.ClassifierAccuracyReport -Dexec.classpathScope=test -Dstyle.color=never}
 */
public final class ClassifierAccuracyReport {

    private ClassifierAccuracyReport() {
    }

    /** @param args optional corpus seed (default {@link LabelledCorpus#SEED}) */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : LabelledCorpus.SEED;
        long started = System.nanoTime();
        AccuracyScore score = AccuracyScore.of(new SemanticClassifier(), LabelledCorpus.generate(seed), seed);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("## Semantic classifier accuracy\n");
        System.out.print(score.markdown());
        System.out.printf("%nClassified %d columns in %d ms (including corpus generation).%n", score.outcomes().size(), millis);
    }
}
