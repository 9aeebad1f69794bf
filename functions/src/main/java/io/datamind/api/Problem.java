package io.datamind.api;

import java.util.List;

/**
 * An RFC 7807 problem document ({@code application/problem+json}).
 *
 * @param type      {@code urn:datamind:problem:<slug>}; the slugs are listed in openapi.yaml
 * @param instance  the request path the problem occurred on
 * @param requestId the request's id in the API function's logs
 * @param errors    the individual violations, each naming the input by JSON pointer (body) or parameter name
 */
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<Violation> errors) {

    /**
     * @param pointer   a JSON pointer into the request body ({@code ""} for the whole body), or null
     * @param parameter a query or path parameter name, or null
     */
    public record Violation(String pointer, String parameter, String detail) {

        public static Violation atPointer(String pointer, String detail) {
            return new Violation(pointer, null, detail);
        }

        public static Violation atParameter(String parameter, String detail) {
            return new Violation(null, parameter, detail);
        }
    }

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }
}
