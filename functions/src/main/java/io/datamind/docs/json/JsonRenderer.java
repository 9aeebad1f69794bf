package io.datamind.docs.json;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DocumentSink;
import io.datamind.docs.Json;
import io.datamind.docs.OutputFormat;
import io.datamind.docs.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Writes dictionary.json and, beside it, the JSON Schema it follows so consumers can validate it offline; when the
 * run was compared with a previous one, also changes.json (the dictionary's {@code changes} block on its own).
 */
public final class JsonRenderer implements Renderer {

    public static final String DOCUMENT = "dictionary.json";
    public static final String SCHEMA = "dictionary.schema.json";
    public static final String CHANGES = "changes.json";
    private static final String SCHEMA_RESOURCE = "/io/datamind/docs/" + SCHEMA;

    @Override
    public OutputFormat format() {
        return OutputFormat.JSON;
    }

    @Override
    public void render(DataDictionary dictionary, DocumentSink sink) throws IOException {
        // compact: indentation made up 44% of a 500-table dictionary.json (128 MB pretty, ~72 MB compact); readers parse it
        byte[] document = Json.mapper().writeValueAsBytes(dictionary);
        sink.put(DOCUMENT, document, "application/json");
        sink.put(SCHEMA, schema(), "application/schema+json");
        if (dictionary.changes() != null) {
            sink.put(CHANGES, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(dictionary.changes()),
                    "application/json");
        }
    }

    /** The committed schema of dictionary.json (draft 2020-12). */
    public static byte[] schema() {
        try (InputStream in = JsonRenderer.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
