package io.datamind.describe.llm.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Answers in the run table: PK {@code LLMCACHE#<hash>}, SK {@code ANSWER}, attribute {@code answer}, expiring
 * through the table's TTL attribute {@code expiresAt} (epoch seconds). See docs/dynamodb-design.md.
 */
public final class DynamoDbDescriptionCache implements DescriptionCache {

    static final String PK = "PK";
    static final String SK = "SK";
    static final String SORT_VALUE = "ANSWER";
    static final String ANSWER = "answer";
    static final String EXPIRES_AT = "expiresAt";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Duration timeToLive;
    private final Clock clock;

    public DynamoDbDescriptionCache(DynamoDbClient dynamoDb, String tableName, Duration timeToLive, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        GetItemResponse response = dynamoDb.getItem(get -> get.tableName(tableName).key(key(key)).consistentRead(false));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        AttributeValue expires = response.item().get(EXPIRES_AT);
        if (expires != null && Long.parseLong(expires.n()) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.ofNullable(response.item().get(ANSWER)).map(AttributeValue::s);
    }

    @Override
    public void put(String key, String answerJson) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(key));
        item.put(ANSWER, AttributeValue.fromS(answerJson));
        item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(clock.instant().plus(timeToLive).getEpochSecond())));
        dynamoDb.putItem(put -> put.tableName(tableName).item(item));
    }

    private static Map<String, AttributeValue> key(String hash) {
        return Map.of(PK, AttributeValue.fromS("LLMCACHE#" + hash), SK, AttributeValue.fromS(SORT_VALUE));
    }
}
