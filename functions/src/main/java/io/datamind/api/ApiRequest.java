package io.datamind.api;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the API sees it, whatever delivered it (API Gateway, a test).
 *
 * @param path      the request path without stage or query, e.g. {@code /runs/20261123T010203Z-abc123}
 * @param query     query string parameters (one value each)
 * @param headers   request headers; looked up case-insensitively
 * @param body      the decoded body, empty when there is none
 * @param requestId identifies the request in the logs; quoted in server errors
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                         byte[] body, String requestId) {

    public ApiRequest {
        method = method == null ? "" : method.toUpperCase(java.util.Locale.ROOT);
        path = path == null || path.isEmpty() ? "/" : path;
        query = query == null ? Map.of() : Map.copyOf(query);
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            caseInsensitive.putAll(headers);
        }
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? new byte[0] : body;
        requestId = requestId == null ? "" : requestId;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public Optional<String> queryParameter(String name) {
        String value = query.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
