package io.datamind.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names, places and phrases the demo data is made of, kept in {@code names.txt} so they read as data. */
final class WordLists {

    private static final String RESOURCE = "names.txt";

    private final Map<String, List<String>> sections;

    private WordLists(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static WordLists load() {
        try (InputStream in = WordLists.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/datamind/demo/" + RESOURCE);
            }
            return new WordLists(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(trimmed.substring(1, trimmed.length() - 1), current);
            } else if (current != null) {
                current.add(trimmed);
            }
        }
        sections.replaceAll((name, lines) -> List.copyOf(lines));
        return sections;
    }

    /** One value per line. */
    List<String> words(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new IllegalArgumentException("no section [" + section + "] in " + RESOURCE);
        }
        return lines;
    }

    /** Lines split into their '|'-separated fields; a trailing empty field is kept. */
    List<List<String>> rows(String section) {
        return words(section).stream()
                .map(line -> Arrays.asList(line.split("\\|", -1)))
                .map(List::copyOf)
                .toList();
    }
}
