package io.datamind.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import io.datamind.docs.RunInfo;
import io.datamind.docs.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the {@code source} and {@code run} blocks of a dictionary.json and stops there: they come before the tables,
 * so a dictionary of hundreds of tables costs a few kilobytes of reading, not its whole size.
 */
public final class DictionaryHeader {

    private DictionaryHeader() {
    }

    /** @param where names the document in error messages */
    public static PublishedRun read(String sourceId, InputStream dictionary, String where) {
        try (JsonParser parser = Json.mapper().createParser(dictionary)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException(where + " is not a JSON object");
            }
            JsonNode source = null;
            JsonNode run = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME && (source == null || run == null)) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "source" -> source = parser.readValueAsTree();
                    case "run" -> run = parser.readValueAsTree();
                    default -> parser.skipChildren();
                }
            }
            if (run == null) {
                throw new IllegalStateException(where + " has no run block");
            }
            return new PublishedRun(sourceId,
                    source == null ? null : Json.mapper().treeToValue(source, SourceInfo.class),
                    Json.mapper().treeToValue(run, RunInfo.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run of " + where, e);
        }
    }
}
