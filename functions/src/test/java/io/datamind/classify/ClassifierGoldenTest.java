package io.datamind.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.classify.bench.GoldenCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classifier gives every golden column exactly the verdict the classifier gave before it was made faster:
 * type, confidence, match ratio, format, PII category, sensitivity and the evidence sentence.
 */
class ClassifierGoldenTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyGoldenColumnKeepsItsVerdict() throws IOException {
        List<GoldenCorpus.Entry> entries = GoldenCorpus.entries();
        List<JsonNode> golden = goldenVerdicts();
        assertThat(entries).hasSize(golden.size());

        SemanticClassifier classifier = GoldenCorpus.classifier();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            GoldenCorpus.Entry entry = entries.get(i);
            JsonNode expected = golden.get(i);
            assertThat(expected.get("key").asText()).isEqualTo(entry.key());
            ColumnSemantics wanted = json.treeToValue(expected.get("semantics"), ColumnSemantics.class);
            ColumnSemantics actual = classifier.classify(entry.evidence());
            if (!actual.equals(wanted)) {
                differences.add(entry.key() + " " + entry.evidence().name() + ":\n  golden " + wanted + "\n  now    " + actual);
            }
        }
        assertThat(differences).as("%d of %d verdicts differ", differences.size(), entries.size()).isEmpty();
    }

    @Test
    void goldenCorpusCoversTheRecordedTestsAndTheWideCorpus() throws IOException {
        List<JsonNode> golden = goldenVerdicts();
        assertThat(golden).filteredOn(node -> node.get("key").asText().startsWith("test/")).hasSizeGreaterThan(200);
        assertThat(golden).filteredOn(node -> node.get("key").asText().startsWith("corpus/")).hasSizeGreaterThan(2000);
        assertThat(golden.stream().map(node -> node.get("semantics").get("type").asText()).distinct().count())
                .isEqualTo(SemanticType.values().length);
    }

    private List<JsonNode> goldenVerdicts() throws IOException {
        List<JsonNode> verdicts = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(GoldenCorpus.VERDICTS)) {
            assertThat(in).as(GoldenCorpus.VERDICTS).isNotNull();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                verdicts.add(json.readTree(line));
            }
        }
        return verdicts;
    }
}
