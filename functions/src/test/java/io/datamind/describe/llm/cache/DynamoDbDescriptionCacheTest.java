package io.datamind.describe.llm.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.aws.DynamoDbTableDefinition;
import io.datamind.testing.MotoServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB cache against moto: stored under LLMCACHE#hash with a TTL, read back, expired entries ignored. */
class DynamoDbDescriptionCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void storesAnswersUnderTheirHashWithATimeToLive() {
        DynamoDbClient dynamo = MotoServer.shared().clients().dynamoDb();
        String table = "llm-cache-" + UUID.randomUUID();
        DynamoDbTableDefinition.create(dynamo, table);
        String key = CacheKey.of("openai", "gpt-4o-mini", "v1", "facts");
        DescriptionCache cache = new DynamoDbDescriptionCache(dynamo, table, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(cache.get(key)).isEmpty();
        cache.put(key, "{\"table\":{\"description\":\"x\"},\"columns\":[]}");

        assertThat(cache.get(key)).contains("{\"table\":{\"description\":\"x\"},\"columns\":[]}");
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table).key(Map.of(
                "PK", AttributeValue.fromS("LLMCACHE#" + key), "SK", AttributeValue.fromS("ANSWER")))).item();
        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(NOW.plus(Duration.ofDays(30)).getEpochSecond()));

        DescriptionCache later = new DynamoDbDescriptionCache(dynamo, table, Duration.ofDays(30),
                Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC));
        assertThat(later.get(key)).as("DynamoDB deletes expired items lazily; the cache must not serve them").isEmpty();
    }

    @Test
    void keysDependOnEveryPart() {
        assertThat(CacheKey.of("a", "bc")).isNotEqualTo(CacheKey.of("ab", "c")).hasSize(64);
        assertThat(CacheKey.of("a", "bc")).isEqualTo(CacheKey.of("a", "bc"));
    }
}
