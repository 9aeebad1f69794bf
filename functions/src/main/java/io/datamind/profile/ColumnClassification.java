package io.datamind.profile;

import io.datamind.classify.ColumnEvidence;
import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.SemanticClassifier;
import io.datamind.classify.ValueMasker;
import io.datamind.scan.TableRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies a finished column profile from its classifier sample, then masks every value the profile shows
 * (examples and top values) by the verdict, so no raw personal data leaves the profile step. Values of a type
 * that is never shown (secrets, hashes) are dropped. Ranges stay as they are: they are aggregates, and rules
 * (future birth dates) compare them.
 */
final class ColumnClassification {

    private final SemanticClassifier classifier;
    private final ValueMasker masker;

    ColumnClassification(SemanticClassifier classifier, ValueMasker masker) {
        this.classifier = classifier;
        this.masker = masker;
    }

    /** The table's profile from its columns' profilers; {@code durationMs} of reading grows by the classifying. */
    TableProfile profile(TableRef table, boolean sampled, String method, long rows, long durationMs,
                         ColumnProfiler[] profilers) {
        long started = System.nanoTime();
        List<ColumnProfile> columns = finish(profilers, rows);
        long classifyingMs = (System.nanoTime() - started) / 1_000_000;
        return new TableProfile(table, sampled, method, rows, durationMs + classifyingMs, columns);
    }

    /**
     * Every column's finished profile, classified and masked, in column order. Serially: a run profiles several
     * tables at once, where classifying each table's columns in the common fork-join pool only added waiting and
     * stealing (3.4% of a 500-table run's CPU in {@code ForkJoinPool.helpComplete}, JFR); a lone large table gets its
     * parallelism from {@link ColumnGroupProfiler}, each group classifying its own columns.
     */
    List<ColumnProfile> finish(ColumnProfiler[] profilers, long rows) {
        return Arrays.stream(profilers)
                .map(profiler -> apply(profiler.result(rows), profiler.classifierSample()))
                .toList();
    }

    ColumnProfile apply(ColumnProfile profile, List<String> sample) {
        long nonNull = profile.rows() - profile.nullCount();
        long distinct = profile.distinct() == null ? 0 : profile.distinct().value();
        ColumnSemantics semantics = classifier.classify(
                new ColumnEvidence(profile.column(), profile.family(), sample, nonNull, distinct));
        return new ColumnProfile(profile.column(), profile.family(), profile.rows(), profile.nullCount(),
                profile.nullRatio(), profile.distinct(), profile.uniquenessRatio(),
                maskTop(profile.topValues(), semantics), maskSamples(profile.samples(), semantics),
                profile.numeric(), profile.temporal(), profile.text(), profile.bool(),
                profile.size(), semantics);
    }

    private List<String> maskSamples(List<String> samples, ColumnSemantics semantics) {
        if (samples == null) {
            return null;
        }
        List<String> masked = new ArrayList<>(samples.size());
        for (String sample : samples) {
            masker.mask(semantics, sample).filter(v -> !masked.contains(v)).ifPresent(masked::add);
        }
        return masked;
    }

    /** Values that mask alike ("1985-**-**") are merged, their counts added. */
    private FrequentValues maskTop(FrequentValues top, ColumnSemantics semantics) {
        if (top == null) {
            return null;
        }
        Map<String, Long> merged = new LinkedHashMap<>();
        for (ValueCount value : top.values()) {
            masker.mask(semantics, value.value()).ifPresent(v -> merged.merge(v, value.count(), Long::sum));
        }
        List<ValueCount> values = new ArrayList<>(merged.size());
        merged.forEach((value, count) -> values.add(new ValueCount(value, count)));
        values.sort((a, b) -> Long.compare(b.count(), a.count()));
        return new FrequentValues(values, top.exact());
    }
}
