package io.datamind.aws;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cancellation outcomes moto cannot produce (it never reports TransactionConflict), answered by a scripted client.
 * Everything else about step results is tested against moto in {@link DynamoDbRunStoreTest}.
 */
class StepResultWriterTest {

    private static final Map<String, AttributeValue> ITEM = RunItems.key("RUN#r", "STEP#SCAN#t");
    private static final TransactWriteItem COUNT = TransactWriteItem.builder()
            .update(u -> u.tableName("runs").key(RunItems.key("RUN#r", "META")).updateExpression("ADD tablesScanned :one"))
            .build();

    /** Answers transactions with the scripted cancellation codes in order, then succeeds. */
    private static final class ScriptedDynamo implements DynamoDbClient {
        private final Deque<String[]> cancellations = new ArrayDeque<>();
        private int calls;

        ScriptedDynamo(String[]... cancellations) {
            this.cancellations.addAll(Arrays.asList(cancellations));
        }

        @Override
        public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
            calls++;
            String[] codes = cancellations.poll();
            if (codes == null) {
                return TransactWriteItemsResponse.builder().build();
            }
            throw TransactionCanceledException.builder().message("cancelled")
                    .cancellationReasons(Arrays.stream(codes).map(c -> CancellationReason.builder().code(c).build()).toList())
                    .build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void conflictsWithOtherWorkersAreRetriedUntilTheTransactionGoesThrough() {
        ScriptedDynamo dynamo = new ScriptedDynamo(
                new String[] {"None", "TransactionConflict"}, new String[] {"TransactionConflict", "None"});

        assertThat(new StepResultWriter(dynamo, "runs").insertAndCount(ITEM, COUNT)).isEqualTo(StepResultWriter.Outcome.RECORDED);
        assertThat(dynamo.calls).isEqualTo(3);
    }

    @Test
    void existingResultMeansAlreadyRecordedAndMissingRunWinsOverIt() {
        StepResultWriter already = new StepResultWriter(new ScriptedDynamo(new String[] {"ConditionalCheckFailed", "None"}), "runs");
        StepResultWriter noRun = new StepResultWriter(
                new ScriptedDynamo(new String[] {"ConditionalCheckFailed", "ConditionalCheckFailed"}), "runs");

        assertThat(already.insertAndCount(ITEM, COUNT)).isEqualTo(StepResultWriter.Outcome.ALREADY_RECORDED);
        assertThat(noRun.insertAndCount(ITEM, COUNT)).isEqualTo(StepResultWriter.Outcome.RUN_MISSING);
    }

    @Test
    void otherCancellationsAreNotRetried() {
        ScriptedDynamo dynamo = new ScriptedDynamo(new String[] {"ValidationError", "None"});

        assertThatThrownBy(() -> new StepResultWriter(dynamo, "runs").insertAndCount(ITEM, COUNT))
                .isInstanceOf(TransactionCanceledException.class);
        assertThat(dynamo.calls).isEqualTo(1);
    }
}
