package io.datamind.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.datamind.aws.DynamoDbTableDefinition.PARTITION_KEY;
import static io.datamind.aws.DynamoDbTableDefinition.SORT_KEY;

/**
 * The write behind idempotent step results: insert-if-absent plus counter in one transaction. Every worker of a run
 * updates the same run item, so concurrent transactions can be cancelled with TransactionConflict; those are retried
 * here with jittered backoff, as the SDK does not retry cancelled transactions.
 */
final class StepResultWriter {

    enum Outcome { RECORDED, ALREADY_RECORDED, RUN_MISSING }

    private static final int MAX_ATTEMPTS = 10;
    private static final long BASE_BACKOFF_MILLIS = 20;

    private final DynamoDbClient dynamo;
    private final String tableName;

    StepResultWriter(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    Outcome insertAndCount(Map<String, AttributeValue> resultItem, TransactWriteItem countOnRun) {
        TransactWriteItem insert = TransactWriteItem.builder().put(p -> p.tableName(tableName)
                .item(resultItem)
                .conditionExpression("attribute_not_exists(PK)")).build();
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(insert, countOnRun));
                return Outcome.RECORDED;
            } catch (TransactionCanceledException e) {
                List<String> codes = e.cancellationReasons().stream().map(CancellationReason::code).toList();
                if (codes.size() == 2 && "ConditionalCheckFailed".equals(codes.get(1))) {
                    return Outcome.RUN_MISSING;
                }
                if (codes.size() == 2 && "ConditionalCheckFailed".equals(codes.get(0))) {
                    return Outcome.ALREADY_RECORDED;
                }
                if (!codes.contains("TransactionConflict") || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /** A repeated step keeps its first count but its latest payload (inline or blob reference, never both). */
    void replacePayload(Map<String, AttributeValue> resultItem, Map.Entry<String, AttributeValue> payload) {
        dynamo.updateItem(b -> b.tableName(tableName)
                .key(Map.of(PARTITION_KEY, resultItem.get(PARTITION_KEY), SORT_KEY, resultItem.get(SORT_KEY)))
                .updateExpression("SET #payload = :payload, recordedAt = :recordedAt REMOVE #other")
                .expressionAttributeNames(Map.of(
                        "#payload", payload.getKey(),
                        "#other", InlineOrBlobPayload.otherAttribute(payload.getKey())))
                .expressionAttributeValues(Map.of(
                        ":payload", payload.getValue(),
                        ":recordedAt", resultItem.get("recordedAt"))));
    }

    private static void backOff(int attempt) {
        long ceiling = BASE_BACKOFF_MILLIS << Math.min(attempt, 6);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(BASE_BACKOFF_MILLIS, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a conflicting transaction", e);
        }
    }
}
