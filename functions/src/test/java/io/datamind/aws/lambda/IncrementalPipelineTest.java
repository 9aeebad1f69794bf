package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.describe.llm.Answers;
import io.datamind.describe.llm.FakeModelServer;
import io.datamind.docs.Json;
import io.datamind.incremental.TableReads;
import io.datamind.testing.DictionarySchema;
import io.datamind.testing.MotoServer;
import io.datamind.testing.TestDatabases;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Scheduled re-runs of the cloud pipeline over PostgreSQL with a model, on moto: a re-run with nothing changed sends
 * no profiling query and no model call; when one table changed only that table is profiled and described again,
 * changes.json in S3 names exactly its change, and the drift event reaches EventBridge (read from the SQS queue a rule
 * on the default bus targets); {@code full: true} redoes every table.
 */
class IncrementalPipelineTest {

    private static final String SCHEMA = "dm_incr_lambda";
    private static final String DRIFT = "DataMind Schema Drift Detected";

    private FakeModelServer model;
    private LambdaFixture fixture;
    private SqsClient sqs;
    private String queueUrl;
    private String rule;

    @BeforeEach
    void deploy() throws Exception {
        LambdaFixture.createSchema(SCHEMA);
        model = new FakeModelServer().answering(Answers::valid);
        String secret = "datamind/llm-key-" + UUID.randomUUID();
        MotoServer.shared().clients().secretsManager().createSecret(b -> b.name(secret).secretString("sk-incr"));
        fixture = new LambdaFixture(SCHEMA, Map.of(
                "DATAMIND_DESCRIBER", "openai",
                "DATAMIND_MODEL", "test-model",
                "DATAMIND_MODEL_BASE_URL", model.openAiBase().toString(),
                "DATAMIND_API_KEY_SECRET", secret,
                "DATAMIND_EVENT_BUS", "default"));
        sqs = SqsClient.builder().endpointOverride(MotoServer.shared().endpoint()).region(MotoServer.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        queueUrl = sqs.createQueue(b -> b.queueName("dm-incr-drift-" + UUID.randomUUID())).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        rule = "dm-incr-drift-" + UUID.randomUUID();
        var events = fixture.clients.eventBridge();
        events.putRule(b -> b.name(rule).eventBusName("default")
                .eventPattern("{\"source\": [\"io.datamind\"], \"detail-type\": [\"" + DRIFT + "\"]}"));
        events.putTargets(b -> b.rule(rule).eventBusName("default").targets(t -> t.id("queue").arn(queueArn)));
    }

    @AfterEach
    void tearDown() {
        fixture.clients.eventBridge().removeTargets(b -> b.rule(rule).eventBusName("default").ids("queue"));
        fixture.clients.eventBridge().deleteRule(b -> b.name(rule).eventBusName("default"));
        sqs.deleteQueue(b -> b.queueUrl(queueUrl));
        sqs.close();
        model.close();
    }

    @Test
    void onlyTheChangedTableIsRedoneAndItsDriftIsReportedAndAnnounced() throws Exception {
        String first = "incr-1-" + UUID.randomUUID();
        fixture.runPipeline(first, null);
        assertThat(model.requests()).isEqualTo(3);
        JsonNode firstDictionary = fixture.dictionary(first);
        assertThat(DictionarySchema.validate(firstDictionary)).isEmpty();
        assertThat(firstDictionary.has("changes")).as("nothing to compare with").isFalse();
        assertThat(firstDictionary.get("tables")).allSatisfy(table -> {
            assertThat(table.at("/fingerprint/hash").asText()).hasSize(64);
            assertThat(table.has("reusedFrom")).isFalse();
        });

        String unchanged = "incr-2-" + UUID.randomUUID();
        Map<String, Long> before = TableReads.of(SCHEMA);
        fixture.runPipeline(unchanged, null);
        Map<String, Long> unchangedReads = TableReads.since(before, TableReads.of(SCHEMA));

        assertThat(model.requests()).as("no model call when nothing changed").isEqualTo(3);
        // the scan counts each small table once; a profile or a quality check would read it again
        assertThat(unchangedReads).containsExactlyInAnyOrderEntriesOf(Map.of("customers", 1L, "orders", 1L, "products", 1L));
        JsonNode second = fixture.dictionary(unchanged);
        assertThat(DictionarySchema.validate(second)).isEmpty();
        assertThat(second.at("/run/describer").asText()).isEqualTo("openai:test-model");
        for (String table : List.of("customers", "orders", "products")) {
            JsonNode now = LambdaFixture.table(second, table);
            assertThat(now.get("reusedFrom").asText()).isEqualTo(first);
            assertThat(now.get("profile")).isEqualTo(LambdaFixture.table(firstDictionary, table).get("profile"));
            assertThat(now.get("description")).isEqualTo(LambdaFixture.table(firstDictionary, table).get("description"));
        }
        assertThat(second.at("/changes/previousRunId").asText()).isEqualTo(first);
        assertThat(second.at("/changes/changes")).isEmpty();

        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg,
                    "ALTER TABLE " + SCHEMA + ".products ADD COLUMN weight numeric(8,3)",
                    "INSERT INTO " + SCHEMA + ".products SELECT g, 'Product ' || (g % 7), 1.50 * g,"
                            + " CASE WHEN g % 4 = 0 THEN NULL ELSE g % 3 = 0 END, g * 0.25 FROM generate_series(26, 150) g");
        }
        String altered = "incr-3-" + UUID.randomUUID();
        before = TableReads.of(SCHEMA);
        fixture.runPipeline(altered, null);
        Map<String, Long> alteredReads = TableReads.since(before, TableReads.of(SCHEMA));

        assertThat(model.requests()).as("only products is described again").isEqualTo(4);
        assertThat(model.bodies().get(3)).contains("products").contains("weight");
        JsonNode third = fixture.dictionary(altered);
        assertThat(LambdaFixture.table(third, "products").has("reusedFrom")).isFalse();
        assertThat(LambdaFixture.table(third, "products").at("/profile/rowsProfiled").asLong()).isEqualTo(150);
        assertThat(LambdaFixture.table(third, "customers").get("reusedFrom").asText()).isEqualTo(first);
        assertThat(LambdaFixture.table(third, "orders").get("reusedFrom").asText()).isEqualTo(first);
        assertThat(LambdaFixture.table(third, "orders").get("profile"))
                .isEqualTo(LambdaFixture.table(firstDictionary, "orders").get("profile"));
        // customers and orders are still read, by orders' orphan check: orders relates to the changed products, so its
        // quality is assessed again, while customers (related to unchanged orders only) keeps its findings
        assertThat(LambdaFixture.table(third, "customers").get("quality"))
                .isEqualTo(LambdaFixture.table(firstDictionary, "customers").get("quality"));
        assertThat(alteredReads.get("products")).as("products: counted and profiled").isGreaterThan(1L);

        JsonNode changes = Json.mapper().readTree(fixture.text("shop/" + altered + "/changes.json"));
        assertThat(Json.mapper().readTree(fixture.text("shop/latest/changes.json"))).isEqualTo(changes);
        assertThat(changes.get("previousRunId").asText()).isEqualTo(unchanged);
        List<JsonNode> list = new ArrayList<>();
        changes.get("changes").forEach(list::add);
        assertThat(list).extracting(c -> c.path("kind").asText(), c -> c.at("/table/name").asText(), c -> c.path("column").asText(null))
                .containsExactly(tuple("column_added", "products", "weight"), tuple("row_count_shift", "products", null));
        assertThat(fixture.text("shop/" + altered + "/README.md")).contains("Changes");

        List<JsonNode> announced = driftEvents();
        assertThat(announced).as("one drift event: the unchanged re-run announced nothing").hasSize(1);
        JsonNode event = announced.get(0);
        assertThat(event.get("source").asText()).isEqualTo("io.datamind");
        JsonNode detail = event.get("detail");
        assertThat(detail.get("sourceId").asText()).isEqualTo("shop");
        assertThat(detail.get("runId").asText()).isEqualTo(altered);
        assertThat(detail.get("previousRunId").asText()).isEqualTo(unchanged);
        assertThat(detail.get("total").asInt()).isEqualTo(2);
        assertThat(detail.get("counts")).isEqualTo(Json.mapper().readTree("{\"column_added\": 1, \"row_count_shift\": 1}"));
        assertThat(detail.get("changes")).isEqualTo(changes.get("changes"));
        assertThat(detail.get("truncated").asBoolean()).isFalse();
        assertThat(detail.get("changesDocument").asText())
                .isEqualTo("s3://" + fixture.bucket + "/shop/" + altered + "/changes.json");

        String full = "incr-4-" + UUID.randomUUID();
        before = TableReads.of(SCHEMA);
        fixture.runPipeline(full, Map.of("full", true));
        Map<String, Long> fullReads = TableReads.since(before, TableReads.of(SCHEMA));

        JsonNode fourth = fixture.dictionary(full);
        assertThat(fourth.get("tables")).allSatisfy(table -> assertThat(table.has("reusedFrom")).isFalse());
        assertThat(fullReads.values()).as("every table profiled again").allSatisfy(reads -> assertThat(reads).isGreaterThan(1L));
        assertThat(fourth.at("/generation/calls").asLong() + fourth.at("/generation/cacheHits").asLong()).isEqualTo(3);
        assertThat(fourth.at("/changes/changes")).isEmpty();
    }

    /** Every drift event the rule delivered to the queue so far, as EventBridge wrote it. */
    private List<JsonNode> driftEvents() throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            for (Message message : sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                JsonNode event = Json.mapper().readTree(message.body());
                if (DRIFT.equals(event.path("detail-type").asText()) && "shop".equals(event.at("/detail/sourceId").asText())) {
                    events.add(event);
                }
            }
        }
        return events;
    }
}
