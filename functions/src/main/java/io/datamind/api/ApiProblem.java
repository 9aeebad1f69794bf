package io.datamind.api;

import io.datamind.api.Problem.Violation;
import java.util.List;
import java.util.Map;

/** Ends a request with a problem response; the detail is written for the person who sent the request. */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Violation> violations;
    private final Map<String, String> headers;

    public ApiProblem(int status, String slug, String title, String detail, List<Violation> violations,
                      Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    public static ApiProblem badRequest(String detail, List<Violation> violations) {
        return new ApiProblem(400, "invalid-request", "The request is not valid", detail, violations, Map.of());
    }

    public static ApiProblem badParameter(String parameter, String detail) {
        return badRequest(detail, List.of(Violation.atParameter(parameter, detail)));
    }

    public static ApiProblem notFound(String slug, String title, String detail) {
        return new ApiProblem(404, slug, title, detail, List.of(), Map.of());
    }

    public static ApiProblem conflict(String slug, String title, String detail) {
        return new ApiProblem(409, slug, title, detail, List.of(), Map.of());
    }

    public Problem toProblem(ApiRequest request) {
        return new Problem("urn:datamind:problem:" + slug, title, status, getMessage(), request.path(),
                request.requestId(), violations);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
