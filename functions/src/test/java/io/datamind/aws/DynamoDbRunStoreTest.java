package io.datamind.aws;

import io.datamind.pipeline.store.RunStore;
import io.datamind.pipeline.store.RunStoreContract;
import io.datamind.pipeline.store.Step;
import io.datamind.testing.MotoServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The run store contract against DynamoDB and S3 emulated by moto over HTTP, plus what only DynamoDB has. */
class DynamoDbRunStoreTest extends RunStoreContract {

    private static final String BUCKET = "datamind-work-" + UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final int RETENTION_DAYS = 14;

    private static DynamoDbClient dynamo;
    private static S3Client s3;
    private String table;

    @BeforeAll
    static void createTableAndBucket() {
        MotoServer moto = MotoServer.shared();
        dynamo = moto.atomicDynamoDb();
        s3 = moto.clients().s3();
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    /** A table per test: moto copies the whole table on every transaction, so small tables keep tests fast. */
    @Override
    protected RunStore newStore() {
        table = "runs-" + UUID.randomUUID();
        DynamoDbTableDefinition.create(dynamo, table);
        return new DynamoDbRunStore(dynamo, new S3BlobStore(s3, BUCKET, "overflow"),
                DynamoDbRunStore.Settings.of(table, RETENTION_DAYS), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void tableHasTimeToLiveOnExpiresAt() {
        var ttl = dynamo.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();

        assertThat(ttl.attributeName()).isEqualTo("expiresAt");
        assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
    }

    @Test
    void runScopedItemsExpireAfterTheRetention() {
        startRun(1);
        store.putStepResult(runId, ORDERS, Step.SCAN, "{}");
        long expected = NOW.plus(Duration.ofDays(RETENTION_DAYS)).getEpochSecond();

        assertThat(rawItem("RUN#" + runId, "META").get("expiresAt").n()).isEqualTo(Long.toString(expected));
        assertThat(rawItem("RUN#" + runId, "STEP#SCAN#sales.orders").get("expiresAt").n()).isEqualTo(Long.toString(expected));
    }

    @Test
    void sourceStateNeverExpires() {
        store.putSourceState(new io.datamind.pipeline.store.SourceState("warehouse", runId, Map.of("a", "1")));

        assertThat(rawItem("SOURCE#warehouse", "STATE")).doesNotContainKey("expiresAt").containsKey("payload");
    }

    @Test
    void payloadOver350KbIsKeptInS3WithAPointerInTheItem() {
        startRun(1);
        String large = "{\"blob\":\"" + "z".repeat(400 * 1024) + "\"}";

        store.putStepResult(runId, ORDERS, Step.PROFILE, large);

        Map<String, AttributeValue> item = rawItem("RUN#" + runId, "STEP#PROFILE#sales.orders");
        assertThat(item).doesNotContainKey("payload");
        String ref = item.get("payloadRef").s();
        assertThat(ref).isEqualTo("runs/" + runId + "/steps/PROFILE/sales.orders.json");
        byte[] inS3 = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("overflow/" + ref)).asByteArray();
        assertThat(new String(inS3, StandardCharsets.UTF_8)).isEqualTo(large);
    }

    @Test
    void smallPayloadStaysInline() {
        startRun(1);

        store.putStepResult(runId, ORDERS, Step.SCAN, "{\"columns\":3}");

        Map<String, AttributeValue> item = rawItem("RUN#" + runId, "STEP#SCAN#sales.orders");
        assertThat(item.get("payload").s()).isEqualTo("{\"columns\":3}");
        assertThat(item).doesNotContainKey("payloadRef");
        assertThat(item.get("tableSchema").s()).isEqualTo("sales");
        assertThat(item.get("tableName").s()).isEqualTo("orders");
    }

    private Map<String, AttributeValue> rawItem(String pk, String sk) {
        return dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }
}
