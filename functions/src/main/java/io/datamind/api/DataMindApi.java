package io.datamind.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.api.Problem.Violation;
import io.datamind.docs.Json;
import io.datamind.trigger.RunNotStartedException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API over the runs and sources services: routing, request limits, body validation and RFC 7807 errors.
 * Hosts (the API Gateway Lambda handler, tests) only translate their request and response shapes.
 */
public final class DataMindApi {

    /** Request bodies above this many bytes are refused with 413; a start request is a few hundred bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DataMindApi.class);

    private final RunsService runs;
    private final SourcesService sources;
    private final BodySchema startRun = BodySchema.load(RouteTable.START_RUN_SCHEMA);

    public DataMindApi(RunsService runs, SourcesService sources) {
        this.runs = runs;
        this.sources = sources;
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            RouteTable.Matched matched = RouteTable.match(request.method(), request.path());
            return dispatch(matched.route(), matched.pathParameters(), request);
        } catch (ApiProblem problem) {
            return ApiResponse.problem(problem.toProblem(request), problem.headers());
        } catch (RunNotStartedException e) {
            LOG.error("run not started: {}", e.getMessage());
            return serverProblem(request, 503, "run-not-started", "Run not started",
                    "the documentation state machine did not accept the run; try again in a minute, and if it keeps"
                            + " failing, look for request " + request.requestId() + " in the API function's logs");
        } catch (RuntimeException e) {
            LOG.error("request failed", e);
            return serverProblem(request, 500, "internal-error", "Internal error",
                    "the request failed on the server; look for request " + request.requestId()
                            + " in the API function's logs");
        }
    }

    private ApiResponse dispatch(Route route, Map<String, String> path, ApiRequest request) {
        return switch (route.operationId()) {
            case "startRun" -> {
                RunsService.Accepted accepted = runs.start(body(request, startRun));
                yield ApiResponse.json(202, accepted, Map.of("Location", "/runs/" + accepted.runId()));
            }
            case "getRun" -> ApiResponse.json(200, runs.report(path.get("id")));
            case "getRunDocumentation" -> {
                DocumentFormat format = format(request);
                DocumentLink link = runs.documentation(path.get("id"), format);
                yield ApiResponse.json(200, Map.of("runId", path.get("id"), "format", format.parameter(),
                        "url", link.url().toString(), "expiresAt", link.expiresAt().toString()));
            }
            case "listSources" -> ApiResponse.json(200, sources.list(limit(request),
                    request.queryParameter("nextToken").orElse(null)));
            case "getSource" -> ApiResponse.json(200, sources.get(path.get("id")));
            case "getLatestRun" -> ApiResponse.json(200, sources.latest(path.get("id")));
            default -> throw new IllegalStateException("route " + route.operationId() + " has no operation");
        };
    }

    /** Size, then content type, then JSON syntax, then the schema: each failure says what to change. */
    private static JsonNode body(ApiRequest request, BodySchema schema) {
        if (request.body().length > MAX_BODY_BYTES) {
            throw new ApiProblem(413, "body-too-large", "Request body too large", "the request body has "
                    + request.body().length + " bytes; at most " + MAX_BODY_BYTES + " are accepted", List.of(), Map.of());
        }
        String contentType = request.header("Content-Type").orElse("");
        if (!isJson(contentType)) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type", "send the body as JSON"
                    + " with Content-Type: application/json" + (contentType.isBlank() ? " (the request has none)"
                    : ", not " + contentType), List.of(), Map.of("Accept-Post", ApiResponse.JSON));
        }
        if (request.body().length == 0) {
            throw ApiProblem.badRequest("the request has no body; send a JSON object such as {\"sourceId\": \"shop\"}",
                    List.of(Violation.atPointer("", "a JSON object is required")));
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(request.body());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw ApiProblem.badRequest("the body is not valid JSON" + where + ": " + e.getOriginalMessage(),
                    List.of(Violation.atPointer("", "not valid JSON" + where)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Violation> violations = schema.violations(body);
        if (!violations.isEmpty()) {
            throw ApiProblem.badRequest("the body does not match the " + schema.resource() + " schema: "
                    + violations.stream().map(v -> (v.pointer().isEmpty() ? "the body" : v.pointer()) + " " + v.detail())
                    .reduce((a, b) -> a + "; " + b).orElse(""), violations);
        }
        return body;
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals(ApiResponse.JSON) || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    private static DocumentFormat format(ApiRequest request) {
        String value = request.queryParameter("format").orElse(DocumentFormat.HTML.parameter());
        return DocumentFormat.fromParameter(value.toLowerCase(Locale.ROOT)).orElseThrow(() -> ApiProblem.badParameter(
                "format", "format must be one of " + DocumentFormat.choices() + "; got " + value));
    }

    private static int limit(ApiRequest request) {
        String value = request.queryParameter("limit").orElse(null);
        if (value == null) {
            return SourcesService.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= SourcesService.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ApiProblem.badParameter("limit", "limit must be a whole number from 1 to " + SourcesService.MAX_LIMIT
                + "; got " + value);
    }

    private static ApiResponse serverProblem(ApiRequest request, int status, String slug, String title, String detail) {
        return ApiResponse.problem(new Problem("urn:datamind:problem:" + slug, title, status, detail, request.path(),
                request.requestId(), null), Map.of());
    }
}
