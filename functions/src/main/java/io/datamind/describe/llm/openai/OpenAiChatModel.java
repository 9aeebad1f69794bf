package io.datamind.describe.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.describe.llm.ChatModel;
import io.datamind.describe.llm.ModelCallException;
import io.datamind.describe.llm.ModelReply;
import io.datamind.describe.llm.ModelRequest;
import io.datamind.describe.llm.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure-style gateways, vLLM, Ollama, LiteLLM…):
 * {@code POST {baseUrl}/chat/completions}.
 */
public final class OpenAiChatModel implements ChatModel {

    /**
     * @param baseUrl  e.g. https://api.openai.com/v1 (the path up to, not including, /chat/completions)
     * @param apiKey   null for local servers without authentication
     * @param jsonMode send response_format json_object; switch off for servers that reject it
     */
    public record Endpoint(URI baseUrl, String model, String apiKey, boolean jsonMode, Duration timeout) {
        @Override
        public String toString() {
            return "Endpoint[" + baseUrl + ", " + model + "]";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoint endpoint;
    private final HttpClient http;

    public OpenAiChatModel(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
    }

    @Override
    public ModelReply complete(ModelRequest request) {
        HttpRequest.Builder post = HttpRequest.newBuilder(chatCompletions())
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(request)));
        if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
            post.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ModelCallException("no answer from " + endpoint.baseUrl() + " within " + endpoint.timeout().toSeconds() + " s", true, null, e);
        } catch (IOException e) {
            throw new ModelCallException("cannot reach " + endpoint.baseUrl() + ": " + e.getMessage(), true, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException("interrupted", false, null, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ModelCallException("HTTP " + response.statusCode() + " from " + endpoint.baseUrl() + ": " + abbreviate(response.body()),
                    ModelCallException.isRetryableStatus(response.statusCode()),
                    RetryAfter.parse(response.headers().firstValue("Retry-After")), null);
        }
        return reply(response.body());
    }

    private URI chatCompletions() {
        String base = endpoint.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/chat/completions");
    }

    private String body(ModelRequest request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", endpoint.model());
        body.put("max_tokens", request.maxOutputTokens());
        body.put("temperature", 0);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", request.system());
        request.turns().forEach(turn -> messages.addObject()
                .put("role", turn.role().name().toLowerCase(Locale.ROOT)).put("content", turn.text()));
        if (request.jsonMode() && endpoint.jsonMode()) {
            body.putObject("response_format").put("type", "json_object");
        }
        return body.toString();
    }

    private ModelReply reply(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode choice = root.path("choices").path(0);
            JsonNode usage = root.path("usage");
            return new ModelReply(choice.path("message").path("content").asText(""),
                    usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0),
                    choice.path("finish_reason").asText(null));
        } catch (IOException e) {
            throw new ModelCallException("unreadable answer from " + endpoint.baseUrl() + ": " + abbreviate(body), false, null, e);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public String model() {
        return endpoint.model();
    }
}
