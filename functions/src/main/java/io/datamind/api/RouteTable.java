package io.datamind.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every operation the API serves; openapi.yaml documents exactly these (checked by a test). */
public final class RouteTable {

    public static final String START_RUN_SCHEMA = "start-run.schema.json";

    public static final List<Route> ROUTES = List.of(
            new Route("POST", "/runs", "startRun", START_RUN_SCHEMA),
            new Route("GET", "/runs/{id}", "getRun", null),
            new Route("GET", "/runs/{id}/documentation", "getRunDocumentation", null),
            new Route("GET", "/sources", "listSources", null),
            new Route("GET", "/sources/{id}", "getSource", null),
            new Route("GET", "/sources/{id}/latest", "getLatestRun", null));

    /** A request's route and its path parameters. */
    public record Matched(Route route, Map<String, String> pathParameters) {
    }

    private RouteTable() {
    }

    /**
     * @throws ApiProblem 404 when no route has this path, 405 (with {@code Allow}) when routes have it for other methods
     */
    public static Matched match(String method, String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : ROUTES) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isPresent()) {
                if (route.method().equals(method)) {
                    return new Matched(route, parameters.get());
                }
                allowed.add(route.method());
            }
        }
        if (allowed.isEmpty()) {
            throw ApiProblem.notFound("no-such-route", "No such resource",
                    "there is no resource at " + path + "; the API serves /runs, /runs/{id}, /runs/{id}/documentation,"
                            + " /sources, /sources/{id} and /sources/{id}/latest");
        }
        String allow = String.join(", ", allowed);
        throw new ApiProblem(405, "method-not-allowed", "Method not allowed",
                method + " is not supported on " + path + "; use " + allow, List.of(), Map.of("Allow", allow));
    }
}
