package io.datamind.describe.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local server speaking the real wire formats: Bedrock Converse ({@code POST /model/{modelId}/converse}) and
 * OpenAI chat completions ({@code POST /v1/chat/completions}). Replies come from a script (one step per request,
 * the last repeating) or from a function of the request; every request body is captured.
 */
public final class FakeModelServer implements AutoCloseable {

    /** One scripted reply: a model text (wrapped in the provider's envelope) or a raw HTTP status. */
    public record Step(int status, String modelText, Map<String, String> headers, long delayMs) {
        public static Step text(String modelText) {
            return new Step(200, modelText, Map.of(), 0);
        }

        public static Step status(int status, Map<String, String> headers) {
            return new Step(status, null, headers, 0);
        }

        public static Step slow(String modelText, long delayMs) {
            return new Step(200, modelText, Map.of(), delayMs);
        }
    }

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Step> script = new ConcurrentLinkedQueue<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile Function<JsonNode, Step> responder;
    private volatile Step last;

    public FakeModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI openAiBase() {
        return URI.create(baseUri() + "/v1");
    }

    public FakeModelServer then(Step... steps) {
        script.addAll(List.of(steps));
        return this;
    }

    /** Replies computed from each request (e.g. an answer naming exactly the columns asked for). */
    public FakeModelServer answering(Function<JsonNode, Step> function) {
        this.responder = function;
        return this;
    }

    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    /** The Authorization header of each request ("" when absent). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public int requests() {
        return bodies.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "" : authorization);
            Step step = next(JSON.readTree(body));
            if (step.delayMs() > 0) {
                Thread.sleep(step.delayMs());
            }
            step.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean bedrock = exchange.getRequestURI().getPath().startsWith("/model/");
            String response = step.status() == 200 ? envelope(bedrock, step.modelText(), body)
                    : "{\"message\":\"scripted status " + step.status() + "\"}";
            if (bedrock && step.status() == 429) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", "ThrottlingException");
            }
            if (bedrock && step.status() >= 500) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", "InternalServerException");
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(step.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // the client gave up (timeout test): nothing to answer
        }
    }

    private synchronized Step next(JsonNode request) {
        Step step = script.poll();
        if (step != null) {
            last = step;
            return step;
        }
        if (responder != null) {
            return responder.apply(request);
        }
        if (last == null) {
            throw new IllegalStateException("no scripted reply");
        }
        return last;
    }

    /** Token usage is the request length in characters ÷ 4 and the answer's ÷ 4: enough to test the budget. */
    private static String envelope(boolean bedrock, String text, String requestBody) {
        long inputTokens = requestBody.length() / 4;
        long outputTokens = text.length() / 4;
        ObjectNode root = JSON.createObjectNode();
        if (bedrock) {
            ObjectNode message = root.putObject("output").putObject("message");
            message.put("role", "assistant");
            message.putArray("content").addObject().put("text", text);
            root.put("stopReason", "end_turn");
            root.putObject("usage").put("inputTokens", inputTokens).put("outputTokens", outputTokens)
                    .put("totalTokens", inputTokens + outputTokens);
            root.putObject("metrics").put("latencyMs", 5);
        } else {
            root.put("id", "chatcmpl-test").put("object", "chat.completion").put("model", "test-model");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            root.putObject("usage").put("prompt_tokens", inputTokens).put("completion_tokens", outputTokens)
                    .put("total_tokens", inputTokens + outputTokens);
        }
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
