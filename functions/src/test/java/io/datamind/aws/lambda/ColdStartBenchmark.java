package io.datamind.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.aws.AwsClients;
import io.datamind.aws.DynamoDbTableDefinition;
import io.datamind.docs.Json;
import io.datamind.testing.MotoServer;
import io.datamind.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Benchmark 4 of the scale issue: a Lambda cold start as the ScanTable function sees it. Each measurement spawns a
 * fresh JVM, {@code java [options] -cp datamind.jar io.datamind.aws.lambda.LocalInvoke ScanTable event.json},
 * configured only by environment variables against moto and a 3-column PostgreSQL table, and takes the wall time
 * from process start to the handler's response on stdout (and to process exit). The run is planned once in this
 * JVM first, as the state machine would have done. Variants differ only in JVM options; the AppCDS variant first
 * records an archive with one training invocation ({@code -XX:ArchiveClassesAtExit}).
 *
 * <pre>
 * mvn -B -q -o package -DskipTests &amp;&amp; mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl functions
 * java -cp functions/target/test-classes:functions/target/classes:$(cat functions/target/cp.txt) \
 *   io.datamind.aws.lambda.ColdStartBenchmark [functions/target/datamind.jar] [runs per variant, default 5]
 * </pre>
 */
public final class ColdStartBenchmark {

    private static final String SCHEMA = "dm_se_cold";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "functions/target/datamind.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.exists(jar)) {
            throw new IllegalArgumentException(jar + " does not exist: run `mvn package` first");
        }
        createTable();
        Deployment deployment = new Deployment(MotoServer.shared().clients());
        Path work = Files.createTempDirectory("datamind-coldstart");
        Path event = work.resolve("scan-table.json");
        Files.write(event, Json.mapper().writeValueAsBytes(deployment.scanEvent()));
        Path archive = work.resolve("datamind.jsa");

        System.out.printf(Locale.ROOT, "jar %s: %.1f MB; %d runs per variant; cores %d%n", jar.getFileName(),
                Files.size(jar) / 1e6, runs, Runtime.getRuntime().availableProcessors());
        System.out.println("| JVM options | response, median (ms) | response, min–max (ms) | process exit, median (ms) |");
        System.out.println("| --- | ---: | ---: | ---: |");
        measure(deployment, jar, event, runs, List.of());
        measure(deployment, jar, event, runs, List.of("-XX:TieredStopAtLevel=1"));
        measure(deployment, jar, event, runs, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        Invocation training = invoke(deployment, jar, event, List.of("-XX:ArchiveClassesAtExit=" + archive));
        if (!training.ok()) {
            throw new IllegalStateException("training run failed:\n" + training.stdout());
        }
        System.out.printf(Locale.ROOT, "(AppCDS archive recorded in one training run: %.1f MB)%n", Files.size(archive) / 1e6);
        measure(deployment, jar, event, runs, List.of("-XX:SharedArchiveFile=" + archive));
        measure(deployment, jar, event, runs, List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"));
        measure(deployment, jar, event, runs, List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    }

    private static void measure(Deployment deployment, Path jar, Path event, int runs, List<String> jvmOptions) throws Exception {
        List<Long> responses = new ArrayList<>();
        List<Long> exits = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Invocation invocation = invoke(deployment, jar, event, jvmOptions);
            if (!invocation.ok()) {
                throw new IllegalStateException("ScanTable failed with " + jvmOptions + ":\n" + invocation.stdout());
            }
            responses.add(invocation.responseMillis());
            exits.add(invocation.exitMillis());
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d–%d | %d |%n", jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions)
                        .replaceAll("=\\S*datamind.jsa", "=datamind.jsa"),
                median(responses), responses.stream().mapToLong(Long::longValue).min().orElseThrow(),
                responses.stream().mapToLong(Long::longValue).max().orElseThrow(), median(exits));
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private record Invocation(boolean ok, long responseMillis, long exitMillis, String stdout) {
    }

    /** The handler's response is the last stdout line, a JSON object naming the table it scanned. */
    private static Invocation invoke(Deployment deployment, Path jar, Path event, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(Arrays.asList("-cp", jar.toString(), LocalInvoke.class.getName(), "ScanTable", event.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(deployment.environment());
        long start = System.nanoTime();
        Process process = builder.start();
        StringBuilder stdout = new StringBuilder();
        long response = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                stdout.append(line).append('\n');
                if (line.startsWith("{\"runId\"") && line.contains("\"table\"")) {
                    response = System.nanoTime() - start;
                }
            }
        }
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        long exit = System.nanoTime() - start;
        return new Invocation(exited && process.exitValue() == 0 && response > 0, response / 1_000_000, exit / 1_000_000, stdout.toString());
    }

    private static void createTable() throws Exception {
        try (var pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA,
                    "CREATE TABLE " + SCHEMA + ".customers (customer_id integer PRIMARY KEY, name text NOT NULL, signed_up date)",
                    "INSERT INTO " + SCHEMA + ".customers SELECT g, 'Customer ' || g, DATE '2024-01-01' + g FROM generate_series(1, 100) g");
        }
    }

    /** A bucket, a runs table, a secret and a source registry in moto; the run planned in-process. */
    private static final class Deployment {
        private final String bucket = "datamind-docs-" + UUID.randomUUID();
        private final String table = "datamind-runs-" + UUID.randomUUID();
        private final String runId = "cold-" + UUID.randomUUID();

        Deployment(AwsClients clients) throws Exception {
            clients.s3().createBucket(b -> b.bucket(bucket));
            DynamoDbTableDefinition.create(clients.dynamoDb(), table);
            String secretArn = clients.secretsManager().createSecret(b -> b.name("datamind/cold-" + runId)
                    .secretString(LambdaFixture.rdsSecret())).arn();
            clients.s3().putObject(b -> b.bucket(bucket).key("config/sources.yaml"), RequestBody.fromString("""
                    sources:
                      - id: shop
                        secretArn: %s
                        schemas: [%s]
                    """.formatted(secretArn, SCHEMA)));
            LambdaServices services = new LambdaServices(clients, LambdaConfig.fromEnvironment(handlerVariables()), Clock.systemUTC());
            byte[] plan = Json.mapper().writeValueAsBytes(Map.of("sourceId", "shop", "runId", runId));
            new PlanHandler(() -> services).handleRequest(new ByteArrayInputStream(plan), new ByteArrayOutputStream(),
                    LocalContext.of("datamind-Plan"));
        }

        JsonNode scanEvent() throws Exception {
            return Json.mapper().readTree("{\"runId\":\"" + runId + "\",\"sourceId\":\"shop\",\"table\":{\"schema\":\""
                    + SCHEMA + "\",\"name\":\"customers\"}}");
        }

        private Map<String, String> handlerVariables() {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("DATAMIND_TABLE", table);
            env.put("DATAMIND_DOCS_BUCKET", bucket);
            env.put("DATAMIND_SOURCES", "s3://" + bucket + "/config/sources.yaml");
            return env;
        }

        Map<String, String> environment() {
            Map<String, String> env = new LinkedHashMap<>(handlerVariables());
            env.put("AWS_ENDPOINT_URL", MotoServer.shared().endpoint().toString());
            env.put("AWS_REGION", MotoServer.REGION.id());
            env.put("AWS_ACCESS_KEY_ID", "testing");
            env.put("AWS_SECRET_ACCESS_KEY", "testing");
            env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
            return env;
        }
    }
}
