package io.datamind.classify.validators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the reference lists bundled under {@code io/datamind/classify/} (one entry a line, '#' starts a comment). */
final class ReferenceData {

    private ReferenceData() {
    }

    static List<String> lines(String resource) {
        String path = "/io/datamind/classify/" + resource;
        try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + path);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + path, e);
        }
    }
}
