package io.datamind.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sits where moto's Step Functions interpreter sends its AWS calls (moto's MOTO_PORT) and forwards every request to
 * moto, so S3, Lambda and the rest behave as moto implements them. For a Lambda invoke of a function that has a
 * {@link Behaviour}, it first lets moto check that the function exists, then answers as the real Lambda service
 * would for that outcome: a result, a function error (HTTP 200 with X-Amz-Function-Error and an errorType
 * payload) or a throttle (HTTP 429 TooManyRequestsException). This is how a test makes one task fail or be
 * throttled: moto's own Lambda without Docker always succeeds, and moto 5.2.1 does not load Step Functions Local
 * mock configurations (its loader is a stub that returns no test case).
 */
final class LambdaStandIn implements AutoCloseable {

    private static final Pattern INVOKE = Pattern.compile("^/2015-03-31/functions/([^/]+)/invocations$");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "date");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a function answers to one invocation; {@code attempt} counts from 1 per function, table and slice. */
    @FunctionalInterface
    interface Behaviour {
        Reply answer(JsonNode payload, int attempt);
    }

    sealed interface Reply permits Result, FunctionError, Throttled, ServiceError, Echo {
    }

    record Result(JsonNode payload) implements Reply {
    }

    /** An exception thrown by the function's code; Step Functions names the error after errorType. */
    record FunctionError(String errorType, String errorMessage) implements Reply {
    }

    /** The Lambda service refused the invoke: concurrency limit reached. */
    record Throttled() implements Reply {
    }

    /** The Lambda service failed internally (HTTP 500), a transient error of the service, not of the function. */
    record ServiceError() implements Reply {
    }

    /** Whatever moto's Lambda answered (it echoes the payload). */
    record Echo() implements Reply {
    }

    /** One invoke that reached the stand-in, with what it answered. */
    record Invocation(String function, JsonNode payload, Reply reply) {
    }

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    private volatile URI target;

    LambdaStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lambda stand-in's port", e);
        }
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "lambda-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Starts answering, forwarding to moto at {@code motoEndpoint}. */
    void start(URI motoEndpoint) {
        this.target = motoEndpoint;
        server.start();
    }

    void behave(String functionName, Behaviour behaviour) {
        behaviours.put(functionName, behaviour);
    }

    /** Forgets behaviours and recorded invocations, between executions. */
    void clear() {
        behaviours.clear();
        attempts.clear();
        invocations.clear();
    }

    List<Invocation> invocations() {
        return new ArrayList<>(invocations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpResponse<byte[]> forwarded = forward(exchange, body);
            Matcher invoke = INVOKE.matcher(exchange.getRequestURI().getPath());
            if (invoke.matches() && forwarded.statusCode() == 200) {
                String function = functionName(invoke.group(1));
                JsonNode payload = JSON.readTree(body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : body);
                Reply reply = answer(function, payload);
                invocations.add(new Invocation(function, payload, reply));
                if (!(reply instanceof Echo)) {
                    respond(exchange, reply);
                    return;
                }
            }
            relay(exchange, forwarded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        } catch (RuntimeException | IOException e) {
            byte[] message = ("Lambda stand-in: " + e).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(502, message.length);
            exchange.getResponseBody().write(message);
        }
    }

    private Reply answer(String function, JsonNode payload) {
        Behaviour behaviour = behaviours.get(function);
        if (behaviour == null) {
            return new Echo();
        }
        int attempt = attempts.merge(function + " " + payload.path("table") + " " + payload.path("slice"), 1, Integer::sum);
        return behaviour.answer(payload, attempt);
    }

    /** The path names a function by name or by (URL-encoded) ARN; behaviours are keyed by name. */
    private static String functionName(String pathSegment) {
        String decoded = URLDecoder.decode(pathSegment, StandardCharsets.UTF_8);
        return decoded.substring(decoded.lastIndexOf(':') + 1);
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void relay(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = response.body();
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        int status = 200;
        JsonNode body;
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        // Lambda names every answer with a request id; moto's interpreter quotes it in an error's cause.
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (reply instanceof Result result) {
            body = result.payload();
        } else if (reply instanceof FunctionError error) {
            exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
            body = JSON.createObjectNode().put("errorType", error.errorType()).put("errorMessage", error.errorMessage());
        } else if (reply instanceof Throttled) {
            status = 429;
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "TooManyRequestsException");
            body = JSON.createObjectNode().put("Type", "User").put("message", "Rate Exceeded.")
                    .put("Reason", "ReservedFunctionConcurrentInvocationLimitExceeded");
        } else if (reply instanceof ServiceError) {
            status = 500;
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "ServiceException");
            body = JSON.createObjectNode().put("Type", "Service").put("message", "Lambda was unable to process the request.");
        } else {
            throw new IllegalStateException("an echo is relayed from moto, not answered here");
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
