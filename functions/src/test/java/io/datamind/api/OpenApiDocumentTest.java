package io.datamind.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.datamind.docs.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** openapi.yaml documents exactly the routes the handler serves, with their path parameters and body schema. */
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper YAML = new YAMLMapper();

    private final JsonNode document = load();

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() {
        Set<String> routed = new TreeSet<>();
        RouteTable.ROUTES.forEach(route -> routed.add(route.method() + " " + route.template() + " " + route.operationId()));
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (HTTP_METHODS.contains(operation.getKey())) {
                documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " "
                        + operation.getValue().path("operationId").asText());
            }
        }));

        assertThat(documented).isEqualTo(routed);
    }

    @Test
    void pathParametersAreTheTemplatesOwn() {
        for (Route route : RouteTable.ROUTES) {
            List<String> documented = new ArrayList<>();
            for (JsonNode parameter : operation(route).path("parameters")) {
                JsonNode resolved = resolve(parameter);
                if (resolved.path("in").asText().equals("path")) {
                    assertThat(resolved.path("required").asBoolean()).as(route + " " + resolved).isTrue();
                    documented.add(resolved.path("name").asText());
                }
            }
            assertThat(documented).as(route.operationId()).isEqualTo(route.pathParameters());
        }
    }

    @Test
    void theRequestBodyIsTheSchemaTheHandlerValidatesWith() throws IOException {
        for (Route route : RouteTable.ROUTES) {
            JsonNode body = operation(route).path("requestBody");
            if (route.bodySchema() == null) {
                assertThat(body.isMissingNode()).as(route.operationId() + " takes no body").isTrue();
                continue;
            }
            assertThat(body.path("required").asBoolean()).isTrue();
            assertThat(body.at("/content").size()).as("one media type").isEqualTo(1);
            assertThat(body.at("/content/application~1json/schema/$ref").asText()).isEqualTo(route.bodySchema());
            assertThat(BodySchema.load(route.bodySchema()).resource()).isEqualTo(route.bodySchema());
            try (InputStream in = BodySchema.class.getResourceAsStream(route.bodySchema())) {
                assertThat(Json.mapper().readTree(in).path("$schema").asText())
                        .as("OpenAPI 3.1 schemas are JSON Schema 2020-12").isEqualTo("https://json-schema.org/draft/2020-12/schema");
            }
            assertThat(document.path("openapi").asText()).startsWith("3.1");
        }
    }

    @Test
    void queryParametersMatchWhatTheHandlerAccepts() {
        JsonNode format = queryParameter("getRunDocumentation", "format");
        List<String> formats = new ArrayList<>();
        format.at("/schema/enum").forEach(value -> formats.add(value.asText()));
        assertThat(String.join(", ", formats)).isEqualTo(DocumentFormat.choices());
        assertThat(format.at("/schema/default").asText()).isEqualTo(DocumentFormat.HTML.parameter());

        JsonNode limit = queryParameter("listSources", "limit");
        assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(SourcesService.MAX_LIMIT);
        assertThat(limit.at("/schema/default").asInt()).isEqualTo(SourcesService.DEFAULT_LIMIT);
        assertThat(queryParameter("listSources", "nextToken").isMissingNode()).isFalse();
    }

    @Test
    void everyInternalReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            if (reference.startsWith("#/")) {
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
            } else {
                assertThat(BodySchema.class.getResource(reference)).as(reference).isNotNull();
            }
        });
    }

    private JsonNode operation(Route route) {
        return document.path("paths").path(route.template()).path(route.method().toLowerCase(Locale.ROOT));
    }

    private JsonNode queryParameter(String operationId, String name) {
        Route route = RouteTable.ROUTES.stream().filter(r -> r.operationId().equals(operationId)).findFirst().orElseThrow();
        for (JsonNode parameter : operation(route).path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if (resolved.path("in").asText().equals("query") && resolved.path("name").asText().equals(name)) {
                return resolved;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private JsonNode resolve(JsonNode node) {
        String reference = node.path("$ref").asText(null);
        return reference == null ? node : document.at(reference.substring(1));
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectReferences(item, references));
        }
    }

    private static JsonNode load() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/io/datamind/api/openapi.yaml")) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.yaml", e);
        }
    }
}
