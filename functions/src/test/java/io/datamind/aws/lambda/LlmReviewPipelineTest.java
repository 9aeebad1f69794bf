package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.describe.DescriptionStatus;
import io.datamind.describe.TableDescription;
import io.datamind.describe.llm.Answers;
import io.datamind.describe.llm.FakeModelServer;
import io.datamind.pipeline.remote.RequestOptions;
import io.datamind.testing.MotoServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The cloud pipeline with the CLI's review features configured by environment variables: glossary and instructions
 * from S3 in every prompt, reviewed descriptions from S3 over model and heuristic text, and a token budget shared by
 * the run's describe invocations through the run store.
 */
class LlmReviewPipelineTest {

    private static final List<String> TABLES = List.of("customers", "orders", "products");
    private static final String OVERRIDES = """
            tables:
              dm_lambda.orders:
                description: Reviewed orders text.
                columns:
                  status:
                    description: Reviewed lifecycle of the order.
                    businessName: Order status
            """;

    private final S3Client s3 = MotoServer.shared().clients().s3();
    private final String configBucket = "datamind-config-" + UUID.randomUUID();
    private FakeModelServer model;
    private LambdaFixture fixture;

    @BeforeAll
    static void database() throws Exception {
        LambdaFixture.createSchema();
    }

    @BeforeEach
    void deployment() throws Exception {
        model = new FakeModelServer().answering(request -> FakeModelServer.Step.text(Answers.validFor(request)));
        s3.createBucket(b -> b.bucket(configBucket));
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private LambdaFixture deploy(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "DATAMIND_DESCRIBER", "openai",
                "DATAMIND_MODEL", "test-model",
                "DATAMIND_MODEL_BASE_URL", model.openAiBase().toString()));
        env.putAll(extra);
        return new LambdaFixture(env);
    }

    private String put(String key, String text) {
        s3.putObject(b -> b.bucket(configBucket).key(key), RequestBody.fromString(text));
        return "s3://" + configBucket + "/" + key;
    }

    @Test
    void glossaryAndInstructionsFromS3AreInEveryModelRequest() throws Exception {
        fixture = deploy(Map.of(
                "DATAMIND_GLOSSARY", put("prompts/glossary.md", "Churned customer: no order for 180 days (GLOSSARY-7731)."),
                "DATAMIND_INSTRUCTIONS", put("prompts/instructions.md", "Write British English (INSTRUCTIONS-4412).")));
        String runId = "glossary-" + UUID.randomUUID();

        fixture.runPipeline(runId, null);

        assertThat(model.requests()).isEqualTo(TABLES.size());
        assertThat(model.bodies()).allSatisfy(body -> assertThat(body)
                .contains("Churned customer: no order for 180 days (GLOSSARY-7731).")
                .contains("Write British English (INSTRUCTIONS-4412)."));
    }

    @Test
    void reviewedDescriptionsFromS3WinOverModelAndHeuristicText() throws Exception {
        fixture = deploy(Map.of("DATAMIND_OVERRIDES", put("review/descriptions.yaml", OVERRIDES)));
        String modelRun = "reviewed-" + UUID.randomUUID();
        String offlineRun = "reviewed-offline-" + UUID.randomUUID();

        fixture.runPipeline(modelRun, null);
        fixture.runPipeline(offlineRun, Map.of("describer", "heuristic"));

        for (String runId : List.of(modelRun, offlineRun)) {
            JsonNode orders = LambdaFixture.table(fixture.dictionary(runId), "orders").get("description");
            JsonNode status = LambdaFixture.describedColumn(orders, "status").get("description");
            assertThat(status.get("text").asText()).as(runId).isEqualTo("Reviewed lifecycle of the order.");
            assertThat(status.get("status").asText()).as(runId).isEqualTo("accepted");
            assertThat(status.get("businessName").asText()).as(runId).isEqualTo("Order status");
            assertThat(orders.at("/description/text").asText()).as(runId).isEqualTo("Reviewed orders text.");
            assertThat(orders.at("/description/status").asText()).as(runId).isEqualTo("accepted");
        }
        JsonNode modelOrders = LambdaFixture.table(fixture.dictionary(modelRun), "orders").get("description");
        assertThat(LambdaFixture.describedColumn(modelOrders, "quantity").at("/description/source").asText()).isEqualTo("llm");
        assertThat(LambdaFixture.describedColumn(modelOrders, "quantity").at("/description/status").asText()).isEqualTo("suggested");
        assertThat(LambdaFixture.describedColumn(modelOrders, "status").at("/description/source").asText())
                .as("edited text keeps the source the reviewer started from").isEqualTo("llm");
        JsonNode offlineOrders = LambdaFixture.table(fixture.dictionary(offlineRun), "orders").get("description");
        assertThat(LambdaFixture.describedColumn(offlineOrders, "status").at("/description/source").asText()).isEqualTo("heuristic");
        assertThat(LambdaFixture.describedColumn(offlineOrders, "quantity").at("/description").has("status")).isFalse();
    }

    @Test
    void aBudgetForOneTableMakesOneModelCallAndRecordsTheOthersAsFallbacks() throws Exception {
        fixture = deploy(Map.of("DATAMIND_TOKEN_BUDGET", "1"));
        String runId = "budget-" + UUID.randomUUID();

        fixture.runPipeline(runId, null);

        assertThat(model.requests()).isEqualTo(1);
        JsonNode dictionary = fixture.dictionary(runId);
        JsonNode generation = dictionary.get("generation");
        assertThat(generation.get("calls").asLong()).isEqualTo(1);
        assertThat(generation.get("fallbacks").asLong()).isEqualTo(2);
        List<String> fellBack = new ArrayList<>();
        generation.get("fallbackTables").forEach(fallback -> {
            assertThat(fallback.get("reason").asText()).isEqualTo("token budget spent");
            fellBack.add(fallback.get("table").asText());
        });
        List<String> byModel = new ArrayList<>();
        List<String> byHeuristic = new ArrayList<>();
        for (String table : TABLES) {
            JsonNode description = LambdaFixture.table(dictionary, table).get("description");
            boolean llm = LambdaFixture.describedColumn(description, description.get("columns").get(0).get("column").asText())
                    .at("/description/source").asText().equals("llm");
            (llm ? byModel : byHeuristic).add("dm_lambda." + table);
        }
        assertThat(byModel).hasSize(1);
        assertThat(fellBack).containsExactlyInAnyOrderElementsOf(byHeuristic);
        long spent = generation.get("promptTokens").asLong() + generation.get("completionTokens").asLong();
        assertThat(runStore().addTokens(runId, 0)).as("the run item holds the shared total").isEqualTo(spent).isPositive();
    }

    @Test
    void theRunOptionOverridesTheDeploymentBudget() throws Exception {
        fixture = deploy(Map.of("DATAMIND_TOKEN_BUDGET", "1"));
        String runId = "budget-option-" + UUID.randomUUID();

        fixture.runPipeline(runId, Map.of("tokenBudget", 1_000_000));

        assertThat(model.requests()).isEqualTo(TABLES.size());
        JsonNode generation = fixture.dictionary(runId).get("generation");
        assertThat(generation.get("calls").asLong()).isEqualTo(TABLES.size());
        assertThat(generation.get("fallbacks").asLong()).isZero();
    }

    @Test
    void aMissingObjectIsAnErrorNamingItsLocation() throws Exception {
        String missing = "s3://" + configBucket + "/prompts/missing-glossary.md";
        fixture = deploy(Map.of("DATAMIND_GLOSSARY", missing));
        LambdaDescribers describers = describers(fixture.config(), Clock.systemUTC());

        assertThatThrownBy(() -> describers.forRun(RequestOptions.DEFAULTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("DATAMIND_GLOSSARY: no object at " + missing);
    }

    @Test
    void editedOverridesAreReadAgainAfterAFewMinutes() throws Exception {
        String location = put("review/edited.yaml", OVERRIDES);
        fixture = deploy(Map.of("DATAMIND_DESCRIBER", "heuristic", "DATAMIND_OVERRIDES", location));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
        LambdaDescribers describers = describers(fixture.config(), clock);
        assertThat(statusText(describers)).isEqualTo("Reviewed lifecycle of the order.");

        put("review/edited.yaml", OVERRIDES.replace("Reviewed lifecycle of the order.", "Edited again."));
        clock.advance(Duration.ofMinutes(1));
        assertThat(statusText(describers)).as("still cached").isEqualTo("Reviewed lifecycle of the order.");
        clock.advance(LambdaDescribers.REVIEW_MAX_AGE);
        assertThat(statusText(describers)).isEqualTo("Edited again.");
    }

    private String statusText(LambdaDescribers describers) throws Exception {
        String runId = "direct-" + UUID.randomUUID();
        runPipelineUntilProfile(runId);
        var steps = new io.datamind.pipeline.remote.StoredResults(runStore());
        var schema = steps.require(runId, new io.datamind.scan.TableRef(LambdaFixture.SCHEMA, "orders"),
                io.datamind.pipeline.store.Step.SCAN, io.datamind.scan.TableSchema.class);
        var profile = steps.require(runId, schema.table(), io.datamind.pipeline.store.Step.PROFILE,
                io.datamind.profile.TableProfile.class);
        TableDescription description = describers.forRun(RequestOptions.DEFAULTS).describer()
                .describe(new io.datamind.describe.DescribeRequest(schema, profile, List.of()));
        var status = description.columns().stream().filter(c -> c.column().equals("status")).findFirst().orElseThrow();
        assertThat(status.description().status()).isEqualTo(DescriptionStatus.ACCEPTED);
        return status.description().text();
    }

    private LambdaDescribers describers(LambdaConfig config, Clock clock) {
        var clients = MotoServer.shared().clients();
        return new LambdaDescribers(config, clients.s3(), clients.dynamoDb(), clients.secretsManager(), clock);
    }

    private io.datamind.pipeline.store.RunStore runStore() {
        var clients = MotoServer.shared().clients();
        LambdaConfig config = fixture.config();
        return new io.datamind.aws.DynamoDbRunStore(clients.dynamoDb(),
                new io.datamind.aws.S3BlobStore(clients.s3(), config.docsBucket(), LambdaConfig.STATE_PREFIX),
                io.datamind.aws.DynamoDbRunStore.Settings.of(config.table(), config.retentionDays()), Clock.systemUTC());
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private void runPipelineUntilProfile(String runId) throws Exception {
        JsonNode planned = fixture.invoke(new PlanHandler(() -> fixture.services),
                LambdaFixture.event("plan.json", Map.of("runId", runId)));
        for (JsonNode item : planned.get("tables")) {
            JsonNode scanned = fixture.invoke(new ScanTableHandler(() -> fixture.services), item);
            fixture.invoke(new ProfileTableHandler(() -> fixture.services), scanned);
        }
    }
}
