package io.datamind.describe.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a model's text into a {@link ModelAnswer}: finds the JSON object even inside prose or a ``` fence,
 * validates it against answer.schema.json, and rejects unknown, duplicate or missing columns.
 */
public final class AnswerReader {

    /** The answer, or the reasons it was rejected (quoted back to the model in the repair request). */
    public record Result(ModelAnswer answer, List<String> errors) {
        public boolean valid() {
            return answer != null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final JsonSchema schema;

    public AnswerReader() {
        try (InputStream in = AnswerReader.class.getResourceAsStream("answer.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("answer.schema.json is missing from the jar");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result read(String text, List<String> expectedColumns) {
        JsonNode node = parse(text);
        if (!(node instanceof ObjectNode)) {
            return rejected("the answer contains no JSON object");
        }
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : schema.validate(node)) {
            errors.add(message.getMessage());
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        ModelAnswer answer;
        try {
            answer = JSON.treeToValue(node, ModelAnswer.class);
        } catch (JsonProcessingException e) {
            return rejected("the answer does not have the required shape: " + e.getOriginalMessage());
        }
        errors.addAll(columnErrors(answer, expectedColumns));
        return errors.isEmpty() ? new Result(answer, List.of()) : new Result(null, errors);
    }

    private static List<String> columnErrors(ModelAnswer answer, List<String> expected) {
        List<String> errors = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>(expected);
        Set<String> seen = new HashSet<>();
        for (ModelAnswer.ColumnText column : answer.columns()) {
            if (!wanted.contains(column.name())) {
                errors.add("unknown column \"" + column.name() + "\": describe only the columns given");
            } else if (!seen.add(column.name())) {
                errors.add("column \"" + column.name() + "\" is described twice");
            }
        }
        wanted.removeAll(seen);
        wanted.forEach(missing -> errors.add("column \"" + missing + "\" is missing"));
        return errors;
    }

    private static Result rejected(String error) {
        return new Result(null, List.of(error));
    }

    /** The whole text when it is JSON, else the outermost {…} found in it (fences and prose around are ignored). */
    static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        try {
            return JSON.readTree(stripped);
        } catch (JsonProcessingException notPlainJson) {
            int start = stripped.indexOf('{');
            int end = stripped.lastIndexOf('}');
            if (start < 0 || end <= start) {
                return null;
            }
            try {
                return JSON.readTree(stripped.substring(start, end + 1));
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }

    public static String toJson(ModelAnswer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ModelAnswer fromJson(String json) {
        try {
            return JSON.readValue(json, ModelAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable cached answer", e);
        }
    }
}
