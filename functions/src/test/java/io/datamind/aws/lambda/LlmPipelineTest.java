package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.describe.llm.Answers;
import io.datamind.describe.llm.FakeModelServer;
import io.datamind.docs.Json;
import io.datamind.testing.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cloud pipeline with a model configured by environment variables (DATAMIND_DESCRIBER=openai against a local
 * OpenAI-compatible server, API key from Secrets Manager, answers cached in the run table on moto): one model call
 * per table, the figures in dictionary.json and in EMF, the cache on the next run, and the run input's way out.
 */
class LlmPipelineTest {

    private static final List<String> TABLES = List.of("customers", "orders", "products");

    private final String apiKey = "sk-test-" + UUID.randomUUID();
    private final List<String> answers = new CopyOnWriteArrayList<>();
    private FakeModelServer model;
    private LambdaFixture fixture;

    @BeforeAll
    static void database() throws Exception {
        LambdaFixture.createSchema();
    }

    @BeforeEach
    void deployment() throws Exception {
        model = new FakeModelServer().answering(request -> {
            String answer = Answers.validFor(request);
            answers.add(answer);
            return FakeModelServer.Step.text(answer);
        });
        fixture = deploy(apiKey);
    }

    /** A deployment whose API key secret holds {@code secretValue}. */
    private LambdaFixture deploy(String secretValue) {
        String secret = "datamind/llm-key-" + UUID.randomUUID();
        MotoServer.shared().clients().secretsManager().createSecret(b -> b.name(secret).secretString(secretValue));
        return new LambdaFixture(Map.of(
                "DATAMIND_DESCRIBER", "openai",
                "DATAMIND_MODEL", "test-model",
                "DATAMIND_MODEL_BASE_URL", model.openAiBase().toString(),
                "DATAMIND_API_KEY_SECRET", secret,
                "DATAMIND_PRICE", "3,15",
                "DATAMIND_LLM_CACHE_DAYS", "2"));
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void oneModelCallPerTableThenTheCacheAnswersTheNextRun() throws Exception {
        String firstRun = "llm-" + UUID.randomUUID();
        String output = captureOutput(() -> fixture.runPipeline(firstRun, null));

        assertThat(model.requests()).isEqualTo(TABLES.size());
        JsonNode first = fixture.dictionary(firstRun);
        JsonNode generation = first.get("generation");
        assertThat(generation.get("provider").asText()).isEqualTo("openai");
        assertThat(generation.get("model").asText()).isEqualTo("test-model");
        assertThat(generation.get("calls").asLong()).isEqualTo(TABLES.size());
        // the fake server counts a request's characters ÷ 4 as prompt tokens and the answer's ÷ 4 as completion tokens
        long promptTokens = model.bodies().stream().mapToLong(body -> body.length() / 4).sum();
        long completionTokens = answers.stream().mapToLong(answer -> answer.length() / 4).sum();
        assertThat(generation.get("promptTokens").asLong()).isEqualTo(promptTokens).isPositive();
        assertThat(generation.get("completionTokens").asLong()).isEqualTo(completionTokens).isPositive();
        assertThat(generation.get("cacheHits").asLong()).isZero();
        assertThat(generation.get("fallbacks").asLong()).isZero();
        assertThat(generation.get("estimatedCostUsd").asDouble())
                .isCloseTo((promptTokens * 3 + completionTokens * 15) / 1_000_000.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.at("/run/describer").asText()).isEqualTo("openai:test-model");
        for (String table : TABLES) {
            JsonNode description = LambdaFixture.table(first, table).get("description");
            description.get("columns").forEach(column ->
                    assertThat(column.at("/description/source").asText()).as("%s.%s", table, column.get("column")).isEqualTo("llm"));
        }
        assertThat(LambdaFixture.table(first, "orders").at("/description/description/text").asText()).isEqualTo("Model text for orders.");
        assertThat(LambdaFixture.describedColumn(LambdaFixture.table(first, "customers").get("description"), "email").at("/description/text").asText())
                .isEqualTo("Model text for email.");

        List<JsonNode> lines = jsonLines(output);
        List<JsonNode> describeMetrics = lines.stream().filter(line -> line.has("_aws") && line.has("LlmCalls")).toList();
        assertThat(describeMetrics).hasSize(TABLES.size());
        for (JsonNode blob : describeMetrics) {
            assertThat(blob.get("LlmCalls").asDouble()).isEqualTo(1.0);
            assertThat(blob.get("PromptTokens").asDouble()).isPositive();
            assertThat(blob.get("CompletionTokens").asDouble()).isPositive();
            assertThat(blob.get("DescriptionCacheHits").asDouble()).isZero();
            assertThat(blob.get("DescriptionFallbacks").asDouble()).isZero();
            List<String> names = new ArrayList<>();
            blob.at("/_aws/CloudWatchMetrics/0/Metrics").forEach(metric -> names.add(metric.get("Name").asText()));
            assertThat(names).contains("TablesDescribed", "LlmCalls", "PromptTokens", "CompletionTokens",
                    "DescriptionCacheHits", "DescriptionFallbacks");
        }
        assertThat(lines.stream().filter(line -> line.path("message").asText().startsWith("described with openai:test-model: 1 model calls")))
                .hasSize(TABLES.size());
        assertThat(model.authorizations()).as("the key from Secrets Manager is used").containsOnly("Bearer " + apiKey);
        assertThat(output).doesNotContain(apiKey);

        String secondRun = "llm-again-" + UUID.randomUUID();
        // full: every table described again (unchanged tables would otherwise keep their description), from the cache
        String secondOutput = captureOutput(() -> fixture.runPipeline(secondRun, Map.of("full", true)));

        assertThat(model.requests()).as("the unchanged database is answered from DynamoDB").isEqualTo(TABLES.size());
        JsonNode again = fixture.dictionary(secondRun).get("generation");
        assertThat(again.get("calls").asLong()).isZero();
        assertThat(again.get("promptTokens").asLong()).isZero();
        assertThat(again.get("cacheHits").asLong()).isEqualTo(TABLES.size());
        assertThat(LambdaFixture.table(fixture.dictionary(secondRun), "orders").get("description"))
                .isEqualTo(LambdaFixture.table(first, "orders").get("description"));
        assertThat(jsonLines(secondOutput).stream().filter(line -> line.has("DescriptionCacheHits"))
                .mapToDouble(line -> line.get("DescriptionCacheHits").asDouble()).sum()).isEqualTo(TABLES.size());
        assertThat(secondOutput).doesNotContain(apiKey);
    }

    @Test
    void theRunInputCanForceTheOfflineDescriber() throws Exception {
        String runId = "offline-" + UUID.randomUUID();
        String output = captureOutput(() -> fixture.runPipeline(runId, Map.of("describer", "heuristic")));

        assertThat(model.requests()).isZero();
        JsonNode dictionary = fixture.dictionary(runId);
        assertThat(dictionary.has("generation")).isFalse();
        assertThat(dictionary.at("/run/describer").asText()).isEqualTo("heuristic");
        assertThat(LambdaFixture.table(dictionary, "orders").at("/description/description/source").asText()).isEqualTo("heuristic");
        assertThat(jsonLines(output).stream().filter(line -> line.has("LlmCalls"))).isEmpty();
    }

    @Test
    void theKeySecretMayBeAJsonObjectWithAnApiKeyField() throws Exception {
        fixture = deploy("{\"apiKey\": \"" + apiKey + "\"}");
        String runId = "json-key-" + UUID.randomUUID();

        String output = captureOutput(() -> fixture.runPipeline(runId, null));

        assertThat(model.authorizations()).hasSize(TABLES.size()).containsOnly("Bearer " + apiKey);
        assertThat(fixture.dictionary(runId).at("/generation/calls").asLong()).isEqualTo(TABLES.size());
        assertThat(output).doesNotContain(apiKey);
    }

    private static List<JsonNode> jsonLines(String output) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith("{")) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        return lines;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Stdout and stderr together: everything the function would leave in CloudWatch Logs. */
    private static String captureOutput(Work work) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
