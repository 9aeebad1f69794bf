package io.datamind.classify.bench;

import io.datamind.classify.ColumnEvidence;
import io.datamind.classify.PiiPolicy;
import io.datamind.classify.SemanticClassifier;
import io.datamind.classify.detect.Detectors;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Milliseconds (wall and thread CPU: the machine is shared, CPU time is the steadier of the two) and bytes allocated
 * per column of {@link SemanticClassifier#classify}, over the mixed {@link ClassifierWorkload} and over the 20 columns
 * of {@code big_10m} (500-value samples), median over timed rounds after warm-up rounds, on one thread. Also lists
 * the columns that cost most, to say where to look. Run as BENCHMARKS.md shows ("Classifying one column"); arguments
 * {@code [WARMUP [ROUNDS [SEED [mixed|big|both]]]]}, by default 15, 40, {@link ClassifierWorkload#SEED} and both
 * (big_10m gets ten times the rounds: it has a tenth of the columns).
 */
public final class ClassifierSpeedBenchmark {

    private ClassifierSpeedBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : ClassifierWorkload.SEED;
        SemanticClassifier classifier = new SemanticClassifier(
                Detectors.standard(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "US"), new PiiPolicy());
        String which = args.length > 3 ? args[3] : "both";
        if (!which.equals("big")) {
            measure("mixed workload", classifier, ClassifierWorkload.generate(seed), warmup, rounds, seed);
        }
        if (!which.equals("mixed")) {
            measure("big_10m's 20 columns", classifier, ClassifierWorkload.bigTable(seed), warmup * 10, rounds * 10, seed);
        }
    }

    private static void measure(String title, SemanticClassifier classifier, List<ColumnEvidence> columns, int warmup,
            int rounds, long seed) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            classifyAll(classifier, columns, new long[columns.size()]);
        }
        double[] msPerColumn = new double[rounds];
        double[] cpuMsPerColumn = new double[rounds];
        double[] bytesPerColumn = new double[rounds];
        long[][] perColumnNanos = new long[rounds][];
        for (int i = 0; i < rounds; i++) {
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            perColumnNanos[i] = new long[columns.size()];
            classifyAll(classifier, columns, perColumnNanos[i]);
            msPerColumn[i] = (System.nanoTime() - started) / 1e6 / columns.size();
            cpuMsPerColumn[i] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / columns.size();
            bytesPerColumn[i] = (threads.getCurrentThreadAllocatedBytes() - bytesBefore) / (double) columns.size();
        }
        System.out.printf(Locale.ROOT, "%s: %d columns of %d values, seed %d, %d warm-up + %d timed rounds%n",
                title, columns.size(), columns.get(0).values().size(), seed, warmup, rounds);
        System.out.printf(Locale.ROOT, "  ms per column: median %.3f (min %.3f, max %.3f)%n",
                median(msPerColumn), min(msPerColumn), max(msPerColumn));
        System.out.printf(Locale.ROOT, "  thread CPU ms per column: median %.3f (min %.3f, max %.3f)%n",
                median(cpuMsPerColumn), min(cpuMsPerColumn), max(cpuMsPerColumn));
        System.out.printf(Locale.ROOT, "  allocated per column: median %.0f KB%n", median(bytesPerColumn) / 1024);
        printCostliest(columns, perColumnNanos, 8);
    }

    private static void classifyAll(SemanticClassifier classifier, List<ColumnEvidence> columns, long[] nanos) {
        for (int c = 0; c < columns.size(); c++) {
            long started = System.nanoTime();
            classifier.classify(columns.get(c));
            nanos[c] = System.nanoTime() - started;
        }
    }

    private static void printCostliest(List<ColumnEvidence> columns, long[][] perColumnNanos, int count) {
        List<double[]> medians = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            double[] samples = new double[perColumnNanos.length];
            for (int r = 0; r < perColumnNanos.length; r++) {
                samples[r] = perColumnNanos[r][c] / 1e6;
            }
            medians.add(new double[] {c, median(samples)});
        }
        medians.sort(Comparator.comparingDouble((double[] m) -> m[1]).reversed());
        System.out.println("  costliest columns (median ms):");
        for (double[] m : medians.subList(0, Math.min(count, medians.size()))) {
            ColumnEvidence column = columns.get((int) m[0]);
            System.out.printf(Locale.ROOT, "    %8.3f  %s (%s)%n", m[1], column.name(), column.family());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
