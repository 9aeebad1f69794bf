package io.datamind.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * POST /runs bodies are refused before any service is touched (the API here has none), each violation named by its
 * JSON pointer with a message a person can act on.
 */
class StartRunValidationTest {

    private final DataMindApi api = new DataMindApi(null, null);

    @Test
    void eachViolationIsNamedByPointer() throws Exception {
        JsonNode problem = post("{\"sourceId\": \"shop\", \"colour\": 1, \"options\": {\"mode\": \"fast\", \"sampleRows\": 0}}");

        assertThat(problem.get("errors")).isEqualTo(Json.mapper().readTree("""
                [{"pointer": "/colour", "detail": "property 'colour' is not defined in the schema and the schema does not allow additional properties"},
                 {"pointer": "/options/mode", "detail": "does not have a value in the enumeration [\\"auto\\", \\"full\\", \\"sample\\", \\"hybrid\\"]"},
                 {"pointer": "/options/sampleRows", "detail": "must have a minimum value of 1"}]"""));
    }

    @Test
    void idsAndLocationsGetTheirOwnMessages() throws Exception {
        JsonNode problem = post("{\"sourceId\": \"a/b\", \"files\": \"http://x\"}");

        assertThat(problem.get("errors")).isEqualTo(Json.mapper().readTree("""
                [{"pointer": "/files", "detail": "must be an s3://bucket/prefix/ or s3://bucket/key location"},
                 {"pointer": "/sourceId", "detail": "must be 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit"}]"""));
    }

    @Test
    void aBodyWithNeitherSourceNorFilesSaysWhatToName() throws Exception {
        JsonNode problem = post("{\"options\": {\"full\": true}}");

        assertThat(problem.at("/errors/0/pointer").asText()).isEmpty();
        assertThat(problem.get("detail").asText()).isEqualTo("the body does not match the start-run.schema.json schema:"
                + " the body must name what to document: sourceId (a registered source, see GET /sources) or files"
                + " (an s3:// location in the input bucket)");
    }

    @Test
    void brokenJsonNamesTheLineAndColumn() throws Exception {
        JsonNode problem = post("{\"sourceId\": \"shop\",\n \"options\": {,}}");

        assertThat(problem.get("detail").asText()).startsWith("the body is not valid JSON at line 2, column 14:");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asText()).isEqualTo("/runs");
        assertThat(problem.get("requestId").asText()).isEqualTo("req-1");
    }

    private JsonNode post(String body) throws Exception {
        ApiResponse response = api.handle(new ApiRequest("POST", "/runs", Map.of(),
                Map.of("content-type", "application/json; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8), "req-1"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers()).containsEntry("Content-Type", "application/problem+json");
        return Json.mapper().readTree(response.body());
    }
}
