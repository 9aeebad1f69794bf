package io.datamind.classify.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.classify.ColumnEvidence;
import io.datamind.classify.PiiPolicy;
import io.datamind.classify.SemanticClassifier;
import io.datamind.classify.detect.Detectors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The columns whose verdicts are pinned in {@code golden/verdicts.jsonl}: every column the classify and profile
 * tests handed the classifier (recorded once, in {@code golden/test-inputs.jsonl.gz}), the labelled corpus under
 * the accuracy test's five seeds and five more seeds at 500 values, and the speed benchmark's workload under three
 * seeds. A speed-up of the classifier must give every one of them the same verdict, to the last digit.
 */
public final class GoldenCorpus {

    public static final String INPUTS = "/io/datamind/classify/golden/test-inputs.jsonl.gz";
    public static final String VERDICTS = "/io/datamind/classify/golden/verdicts.jsonl";
    /** "Today" for birth dates, fixed so the verdicts do not age. */
    public static final Instant TODAY = Instant.parse("2026-01-01T00:00:00Z");

    /** A golden column and the key its verdict is stored under. */
    public record Entry(String key, ColumnEvidence evidence) {
    }

    private GoldenCorpus() {
    }

    public static SemanticClassifier classifier() {
        return new SemanticClassifier(Detectors.standard(Clock.fixed(TODAY, ZoneOffset.UTC), "US"), new PiiPolicy());
    }

    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        List<ColumnEvidence> recorded = recordedTestInputs();
        for (int i = 0; i < recorded.size(); i++) {
            entries.add(new Entry("test/" + i, recorded.get(i)));
        }
        for (long seed : new long[] {LabelledCorpus.SEED, 1, 2, 3, 4}) {
            addCorpus(entries, seed, LabelledCorpus.SAMPLE);
        }
        for (long seed = 5; seed <= 9; seed++) {
            addCorpus(entries, seed, ClassifierWorkload.SAMPLE);
        }
        for (long seed : new long[] {ClassifierWorkload.SEED, 11, 12}) {
            List<ColumnEvidence> workload = ClassifierWorkload.generate(seed);
            for (int i = 0; i < workload.size(); i++) {
                entries.add(new Entry("workload/" + seed + "/" + i, workload.get(i)));
            }
        }
        return entries;
    }

    private static void addCorpus(List<Entry> entries, long seed, int sampleSize) {
        List<LabelledColumn> corpus = LabelledCorpus.generate(seed, sampleSize);
        for (int i = 0; i < corpus.size(); i++) {
            entries.add(new Entry("corpus/" + seed + "/" + sampleSize + "/" + i, corpus.get(i).evidence()));
        }
    }

    private static List<ColumnEvidence> recordedTestInputs() {
        ObjectMapper json = new ObjectMapper();
        List<ColumnEvidence> inputs = new ArrayList<>();
        try (InputStream in = GoldenCorpus.class.getResourceAsStream(INPUTS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + INPUTS);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                inputs.add(json.readValue(line, ColumnEvidence.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inputs;
    }
}
