package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import io.datamind.testing.MotoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API handler from the shaded jar (its schemas and openapi.yaml packed in), configured only by environment
 * variables, answering the API Gateway events of events/ against moto.
 */
class ApiLocalInvokeIT {

    private static final Path JAR = Path.of("target", "datamind.jar");

    @TempDir
    Path temp;

    @Test
    void theShippedHandlerListsSourcesAndStartsARun() throws Exception {
        assertThat(JAR).as("run `mvn package` first").exists();
        assertThat(JAR.toFile().length()).isPositive();
        ApiFixture fixture = new ApiFixture();

        JsonNode sources = invoke(fixture, ApiFixture.event("api-list-sources.json"));
        assertThat(sources.get("statusCode").asInt()).isEqualTo(200);
        JsonNode page = Json.mapper().readTree(sources.get("body").asText());
        assertThat(page.get("sources")).hasSize(10);
        assertThat(page.get("nextToken").asText()).isNotBlank();

        JsonNode started = invoke(fixture, ApiFixture.event("api-post-runs.json"));
        assertThat(started.get("statusCode").asInt()).as(started.toString()).isEqualTo(202);
        String runId = Json.mapper().readTree(started.get("body").asText()).get("runId").asText();
        String execution = fixture.stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + runId;
        assertThat(fixture.clients.stepFunctions().describeExecution(b -> b.executionArn(execution)).name()).isEqualTo(runId);

        JsonNode invalid = invoke(fixture, ApiFixture.postJson("{\"sourceId\": \"shop\", \"options\": {\"mode\": \"x\"}}"));
        assertThat(invalid.get("statusCode").asInt()).isEqualTo(400);
        assertThat(invalid.at("/headers/Content-Type").asText()).isEqualTo("application/problem+json");
    }

    /** The proxy response: the last line of stdout. */
    private JsonNode invoke(ApiFixture fixture, JsonNode event) throws Exception {
        Path file = Files.createTempFile(temp, "api-", ".json");
        Files.write(file, Json.mapper().writeValueAsBytes(event));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toString(), LocalInvoke.class.getName(), "Api", file.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(fixture.environment());
        env.put("AWS_ENDPOINT_URL", MotoServer.shared().endpoint().toString());
        env.put("AWS_REGION", MotoServer.REGION.id());
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stdout).isZero();
        String[] lines = stdout.strip().split("\\R");
        return Json.mapper().readTree(lines[lines.length - 1]);
    }
}
