package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import io.datamind.testing.MotoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What events/README.md tells a developer to do, done for real: the shaded jar's LocalInvoke in its own JVM, configured
 * only by environment variables, against moto. Runs after `package` (failsafe), so it tests the jar that ships.
 */
class LocalInvokeIT {

    private static final Path JAR = Path.of("target", "datamind.jar");

    @TempDir
    Path temp;

    @BeforeAll
    static void database() throws Exception {
        LambdaFixture.createSchema();
    }

    @Test
    void plansAndScansThroughTheShadedJarWithEnvironmentOnly() throws Exception {
        assertThat(JAR).as("run `mvn package` first").exists();
        LambdaFixture fixture = new LambdaFixture();
        String runId = "local-" + UUID.randomUUID();

        Invocation plan = invoke(fixture, "Plan", LambdaFixture.event("plan.json", Map.of("runId", runId)));
        assertThat(plan.exitCode).as(plan.stdout).isZero();
        assertThat(plan.output().get("runId").asText()).isEqualTo(runId);
        assertThat(plan.output().get("tables")).hasSize(3);

        Invocation scan = invoke(fixture, "ScanTable",
                LambdaFixture.event("scan-table.json", Map.of("runId", runId, "table", LambdaFixture.table("orders"))));
        assertThat(scan.exitCode).as(scan.stdout).isZero();
        assertThat(scan.output().at("/table/name").asText()).isEqualTo("orders");
        JsonNode logLine = scan.lines().stream().filter(l -> "scanned".equals(l.path("message").asText())).findFirst().orElseThrow();
        assertThat(logLine.get("runId").asText()).isEqualTo(runId);
        assertThat(logLine.get("table").asText()).isEqualTo("dm_lambda.orders");
        assertThat(logLine.get("cold_start").asBoolean()).isTrue();
        assertThat(scan.lines()).anySatisfy(l -> assertThat(l.path("ColdStart").asDouble()).isEqualTo(1.0));
        assertThat(scan.lines()).anySatisfy(l -> assertThat(l.path("TablesScanned").asDouble()).isEqualTo(1.0));

        assertThat(fixture.clients.dynamoDb().getItem(b -> b.tableName(fixture.table).consistentRead(true)
                .key(Map.of("PK", av("RUN#" + runId), "SK", av("META")))).item().get("tablesScanned").n()).isEqualTo("1");
    }

    @Test
    void unknownHandlerNameIsAUsageError() throws Exception {
        Process process = new ProcessBuilder(java(), "-cp", JAR.toString(), LocalInvoke.class.getName(), "Scan", "x.json")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("usage: LocalInvoke <Api|Assemble|DescribeTable|MergeProfile|Plan|ProfileSlice|ProfileTable|RecordTableFailure|Relate|S3UploadTrigger|ScanTable|Schedule>");
    }

    private record Invocation(int exitCode, String stdout) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> parsed = new ArrayList<>();
            for (String line : stdout.split("\\R")) {
                if (line.startsWith("{")) {
                    parsed.add(Json.mapper().readTree(line));
                }
            }
            return parsed;
        }

        JsonNode output() throws IOException {
            List<JsonNode> parsed = lines();
            return parsed.get(parsed.size() - 1);
        }
    }

    private Invocation invoke(LambdaFixture fixture, String handler, JsonNode event) throws Exception {
        Path file = temp.resolve(handler + ".json");
        Files.write(file, Json.mapper().writeValueAsBytes(event));
        ProcessBuilder builder = new ProcessBuilder(java(), "-cp", JAR.toString(), LocalInvoke.class.getName(),
                handler, file.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(fixture.environment());
        env.put("AWS_ENDPOINT_URL", MotoServer.shared().endpoint().toString());
        env.put("AWS_REGION", MotoServer.REGION.id());
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Invocation(process.exitValue(), stdout);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue av(String s) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(s);
    }
}
