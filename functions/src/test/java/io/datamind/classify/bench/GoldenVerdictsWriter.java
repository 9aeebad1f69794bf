package io.datamind.classify.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.SemanticClassifier;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the verdicts of the classifier as it is now for every {@link GoldenCorpus} column, one JSON object a line.
 * Run only to pin a deliberate change of verdicts (the file in git was written by the classifier before it was
 * made faster). Argument: the output file, e.g. functions/src/test/resources/io/datamind/classify/golden/verdicts.jsonl.
 */
public final class GoldenVerdictsWriter {

    private GoldenVerdictsWriter() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        SemanticClassifier classifier = GoldenCorpus.classifier();
        int written = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (GoldenCorpus.Entry entry : GoldenCorpus.entries()) {
                ColumnSemantics semantics = classifier.classify(entry.evidence());
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("key", entry.key());
                line.put("column", entry.evidence().name());
                line.put("semantics", semantics);
                out.write(json.writeValueAsString(line));
                out.write('\n');
                written++;
            }
        }
        System.out.println("wrote " + written + " verdicts to " + args[0]);
    }
}
