package io.datamind.describe.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Model answers built from the prompt a fake server received, the way a well-behaved model would answer. */
public final class Answers {

    private Answers() {
    }

    /** The first user message of an OpenAI or Bedrock request body. */
    static String userText(JsonNode request) {
        if (request.has("messages") && request.path("messages").path(0).has("content")
                && request.path("messages").path(0).path("content").isArray()) {
            return request.path("messages").path(0).path("content").path(0).path("text").asText();
        }
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                return message.path("content").asText();
            }
        }
        throw new IllegalArgumentException("no user message in " + request);
    }

    /** The facts JSON the prompt carries. */
    static JsonNode facts(JsonNode request) {
        String text = userText(request);
        try {
            return FakeModelServer.JSON.readTree(text.substring(text.indexOf('{')));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> columns(JsonNode request) {
        List<String> names = new ArrayList<>();
        facts(request).path("columns").forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    public static String validFor(JsonNode request) {
        return answer(facts(request).path("table").asText(), columns(request));
    }

    static String answer(String table, List<String> columns) {
        return answer(table, columns, UnaryOperator.identity());
    }

    static String answer(String table, List<String> columns, UnaryOperator<ObjectNode> edit) {
        ObjectNode root = FakeModelServer.JSON.createObjectNode();
        root.putObject("table").put("description", "Model text for " + table + ".").put("businessName", "Biz " + table)
                .putArray("tags").add("crm");
        ArrayNode array = root.putArray("columns");
        for (String column : columns) {
            array.addObject().put("name", column).put("description", "Model text for " + column + ".")
                    .put("businessName", "Biz " + column).put("confidence", 0.8);
        }
        return edit.apply(root).toString();
    }

    public static FakeModelServer.Step valid(JsonNode request) {
        return FakeModelServer.Step.text(validFor(request));
    }
}
