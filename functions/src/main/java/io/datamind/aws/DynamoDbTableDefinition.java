package io.datamind.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The run table's shape: one table, string partition key {@code PK}, string sort key {@code SK}, on-demand billing,
 * TTL on {@code expiresAt}. The CDK stack declares the same in AWS; this creates it for tests and local emulators.
 * See docs/dynamodb-design.md.
 */
public final class DynamoDbTableDefinition {

    public static final String PARTITION_KEY = "PK";
    public static final String SORT_KEY = "SK";
    public static final String TTL_ATTRIBUTE = "expiresAt";

    private DynamoDbTableDefinition() {
    }

    /** Creates the table, waits until it is active and switches TTL on. */
    public static void create(DynamoDbClient dynamo, String tableName) {
        dynamo.createTable(b -> b.tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(stringAttribute(PARTITION_KEY), stringAttribute(SORT_KEY))
                .keySchema(key(PARTITION_KEY, KeyType.HASH), key(SORT_KEY, KeyType.RANGE)));
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        dynamo.updateTimeToLive(b -> b.tableName(tableName)
                .timeToLiveSpecification(ttl -> ttl.attributeName(TTL_ATTRIBUTE).enabled(true)));
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
