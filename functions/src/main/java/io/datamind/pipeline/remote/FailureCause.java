package io.datamind.pipeline.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import io.datamind.docs.TableFailure;
import java.io.IOException;

/**
 * Reads a Step Functions error into a {@link TableFailure}. For a Lambda error the Cause is a JSON document
 * ({@code errorMessage}, {@code errorType}, {@code stackTrace}); only the first line of the message is kept, so
 * stack traces never reach the documentation.
 */
public final class FailureCause {

    private FailureCause() {
    }

    public static TableFailure toFailure(String step, StepError error) {
        String name = error == null || error.error() == null ? "Error" : error.error();
        String cause = error == null ? null : error.cause();
        String type = name;
        String message = cause;
        JsonNode json = parse(cause);
        if (json != null && json.isObject()) {
            message = json.path("errorMessage").asText(null);
            type = json.path("errorType").asText(name);
        }
        return new TableFailure(step, simpleName(type), firstLine(message == null || message.isBlank() ? name : message));
    }

    private static JsonNode parse(String cause) {
        if (cause == null || !cause.trim().startsWith("{")) {
            return null;
        }
        try {
            return Json.mapper().readTree(cause);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse(text);
    }
}
