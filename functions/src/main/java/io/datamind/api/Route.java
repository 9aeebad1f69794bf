package io.datamind.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the API: a method on a path template such as {@code /runs/{id}}.
 *
 * @param operationId the operation's id in openapi.yaml
 * @param bodySchema  resource name (beside this class) of the JSON Schema the request body must satisfy; null when
 *                    the operation takes no body
 */
public record Route(String method, String template, String operationId, String bodySchema) {

    public List<String> segments() {
        return split(template);
    }

    /** The names of the template's path parameters, in order. */
    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        for (String segment : segments()) {
            if (isParameter(segment)) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    /** The path parameters when {@code path} fits the template. */
    Optional<Map<String, String>> match(String path) {
        List<String> expected = segments();
        List<String> actual = split(path);
        if (expected.size() != actual.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            String segment = expected.get(i);
            if (isParameter(segment)) {
                if (actual.get(i).isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), actual.get(i));
            } else if (!segment.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** "/runs/x/" and "/runs/x" are the same path. */
    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }
}
