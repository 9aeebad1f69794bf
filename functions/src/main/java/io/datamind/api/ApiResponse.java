package io.datamind.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.datamind.docs.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Status, headers and a JSON body (or none). */
public record ApiResponse(int status, Map<String, String> headers, String body) {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    static ApiResponse json(int status, Object body) {
        return withType(status, JSON, body, Map.of());
    }

    static ApiResponse json(int status, Object body, Map<String, String> extraHeaders) {
        return withType(status, JSON, body, extraHeaders);
    }

    static ApiResponse problem(Problem problem, Map<String, String> extraHeaders) {
        return withType(problem.status(), PROBLEM_JSON, problem, extraHeaders);
    }

    private static ApiResponse withType(int status, String contentType, Object body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        try {
            return new ApiResponse(status, headers, Json.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + body.getClass().getSimpleName() + " response", e);
        }
    }
}
