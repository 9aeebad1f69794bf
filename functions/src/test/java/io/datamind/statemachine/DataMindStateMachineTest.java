package io.datamind.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.statemachine.LambdaStandIn.Echo;
import io.datamind.statemachine.LambdaStandIn.FunctionError;
import io.datamind.statemachine.LambdaStandIn.Result;
import io.datamind.statemachine.LambdaStandIn.ServiceError;
import io.datamind.statemachine.LambdaStandIn.Throttled;
import io.datamind.statemachine.StepFunctionsEmulator.Execution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs statemachine/datamind.asl.json in moto's Step Functions interpreter. moto's Lambda echoes each payload (the
 * per-table steps return their item, as the real ones do); Plan and Assemble answer as the contract says, and one
 * test makes a table's step fail or be throttled as the Lambda service would.
 */
class DataMindStateMachineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("customers", "order_items", "orders", "products");
    private static final String RUN_ID = "run-20261122-0001";

    private final StepFunctionsEmulator emulator = StepFunctionsEmulator.shared();
    private String stateMachine;

    @BeforeEach
    void deploy() {
        Map<String, String> arns = emulator.prepare();
        stateMachine = emulator.deploy(AslDefinition.load(AslDefinition.INLINE), arns);
        emulator.lambdas().behave("Assemble", (payload, attempt) -> new Result(JSON.createObjectNode()
                .put("runId", payload.path("runId").asText())
                .put("sourceId", payload.path("sourceId").asText())
                .put("status", "SUCCEEDED")
                .put("documentation", "s3://datamind-docs/shop/" + RUN_ID + "/")));
    }

    @Test
    void documentsEveryTableOnceThenRelatesAndAssemblesTheRun() {
        planReturns(plan(2));

        Execution execution = emulator.run(stateMachine, executionInput());
        ExecutionHistory history = new ExecutionHistory(execution.history());

        assertSucceeded(execution);
        assertThat(history.payloadsSentTo("Plan")).containsExactly(executionInput());
        for (String step : List.of("ScanTable", "ProfileTable", "DescribeTable")) {
            assertThat(history.tablesSentTo(step)).as(step).containsExactlyElementsOf(TABLES);
            assertThat(history.entered(step)).as(step).isEqualTo(TABLES.size());
            assertThat(history.payloadsSentTo(step)).as(step).allSatisfy(payload -> {
                assertThat(payload.path("runId").asText()).isEqualTo(RUN_ID);
                assertThat(payload.path("sourceId").asText()).isEqualTo("shop");
                assertThat(payload.path("table").path("schema").asText()).isEqualTo("shop");
            });
        }
        assertThat(history.count(HistoryEventType.MAP_ITERATION_SUCCEEDED)).isEqualTo(TABLES.size());
        assertThat(history.payloadsSentTo("RecordTableFailure")).isEmpty();
        assertThat(history.taskErrors()).isEmpty();
        JsonNode reference = JSON.createObjectNode().put("runId", RUN_ID).put("sourceId", "shop");
        assertThat(history.payloadsSentTo("Relate")).containsExactly(reference);
        assertThat(history.payloadsSentTo("Assemble")).containsExactly(reference);
        assertThat(history.entered("Relate")).isEqualTo(1);
        assertThat(history.entered("Assemble")).isEqualTo(1);
        assertThat(history.entered("DefaultMaxConcurrency")).isZero();
        assertThat(emulator.lambdas().invocations()).hasSize(1 + 3 * TABLES.size() + 2);

        JsonNode output = ExecutionHistory.parse(execution.description().output());
        assertThat(output.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(output.path("documentation").asText()).isEqualTo("s3://datamind-docs/shop/" + RUN_ID + "/");
        assertThat(fieldNames(output)).containsExactlyInAnyOrder("runId", "sourceId", "status", "documentation");
    }

    @Test
    void aTableWhoseStepFailsIsRecordedAndTheOtherTablesGoOn() {
        planReturns(plan(10));
        emulator.lambdas().behave("ProfileTable", (payload, attempt) -> tableName(payload).equals("orders")
                ? new FunctionError("SourceAccessException", "permission denied for table orders")
                : new Echo());

        Execution execution = emulator.run(stateMachine, executionInput());
        ExecutionHistory history = new ExecutionHistory(execution.history());

        assertSucceeded(execution);
        assertThat(history.tablesSentTo("ProfileTable")).as("a function error is not retried")
                .containsExactlyElementsOf(TABLES);
        assertThat(history.tablesSentTo("DescribeTable")).containsExactly("customers", "order_items", "products");
        assertThat(history.taskErrors()).containsExactly("SourceAccessException");

        List<JsonNode> failures = history.payloadsSentTo("RecordTableFailure");
        assertThat(failures).hasSize(1);
        JsonNode failure = failures.get(0);
        assertThat(tableName(failure)).isEqualTo("orders");
        assertThat(failure.path("runId").asText()).isEqualTo(RUN_ID);
        assertThat(failure.path("error").path("Error").asText()).isEqualTo("SourceAccessException");
        assertThat(failure.path("error").path("Cause").asText()).contains("permission denied for table orders");

        assertThat(history.payloadsSentTo("Relate")).hasSize(1);
        assertThat(history.payloadsSentTo("Assemble")).hasSize(1);
    }

    @Test
    void aSlicedTableIsProfiledSliceBySliceAndMergedOnceWhileTheOthersGoThroughProfileTable() {
        planReturns(plan(10));
        emulator.lambdas().behave("ScanTable", (payload, attempt) ->
                tableName(payload).equals("orders") ? new Result(withSlices(payload, 3)) : new Echo());

        Execution execution = emulator.run(stateMachine, executionInput());
        ExecutionHistory history = new ExecutionHistory(execution.history());

        assertSucceeded(execution);
        assertThat(history.entered("NeedsSlices")).isEqualTo(TABLES.size());
        assertThat(history.tablesSentTo("ProfileTable")).containsExactly("customers", "order_items", "products");
        assertThat(history.entered("ProfileSlices")).isEqualTo(1);
        List<JsonNode> slices = history.payloadsSentTo("ProfileSlice");
        assertThat(slices).hasSize(3).allSatisfy(payload -> {
            assertThat(fieldNames(payload)).containsExactlyInAnyOrder("runId", "sourceId", "table", "slice");
            assertThat(payload.path("runId").asText()).isEqualTo(RUN_ID);
            assertThat(payload.path("sourceId").asText()).isEqualTo("shop");
            assertThat(tableName(payload)).isEqualTo("orders");
            assertThat(payload.path("slice").path("count").asInt()).isEqualTo(3);
        });
        assertThat(slices.stream().map(p -> p.path("slice").path("index").asInt()).sorted().toList())
                .as("each slice once").containsExactly(0, 1, 2);
        List<JsonNode> merges = history.payloadsSentTo("MergeProfile");
        assertThat(merges).hasSize(1);
        assertThat(tableName(merges.get(0))).isEqualTo("orders");
        assertThat(merges.get(0).path("slices")).as("the item after the Map of slices").isEqualTo(
                withSlices(merges.get(0), 3).path("slices"));
        assertThat(history.tablesSentTo("DescribeTable")).containsExactlyElementsOf(TABLES);
        assertThat(history.payloadsSentTo("RecordTableFailure")).isEmpty();
        assertThat(history.taskErrors()).isEmpty();
        assertThat(emulator.lambdas().invocations()).hasSize(1 + 3 * TABLES.size() + 3 + 2);
        assertThat(ExecutionHistory.parse(execution.description().output()).path("status").asText())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void aFailingSliceRecordsItsTableAsFailedWithoutMergingAndTheOtherTablesGoOn() {
        planReturns(plan(10));
        emulator.lambdas().behave("ScanTable", (payload, attempt) ->
                tableName(payload).equals("orders") ? new Result(withSlices(payload, 4)) : new Echo());
        emulator.lambdas().behave("ProfileSlice", (payload, attempt) -> payload.path("slice").path("index").asInt() == 2
                ? new FunctionError("ProfileException", "profiling shop.orders failed: canceling statement due to statement timeout")
                : new Echo());

        Execution execution = emulator.run(stateMachine, executionInput());
        ExecutionHistory history = new ExecutionHistory(execution.history());

        assertSucceeded(execution);
        assertThat(history.payloadsSentTo("ProfileSlice").stream().filter(p -> p.path("slice").path("index").asInt() == 2))
                .as("a function error is not retried").hasSize(1);
        assertThat(history.taskErrors()).containsExactly("ProfileException");
        assertThat(history.payloadsSentTo("MergeProfile")).isEmpty();
        assertThat(history.tablesSentTo("DescribeTable")).containsExactly("customers", "order_items", "products");

        List<JsonNode> failures = history.payloadsSentTo("RecordTableFailure");
        assertThat(failures).hasSize(1);
        JsonNode failure = failures.get(0);
        assertThat(tableName(failure)).isEqualTo("orders");
        assertThat(failure.path("runId").asText()).isEqualTo(RUN_ID);
        assertThat(failure.path("error").path("Error").asText()).isEqualTo("ProfileException");
        assertThat(failure.path("error").path("Cause").asText()).contains("canceling statement due to statement timeout");
        assertThat(history.payloadsSentTo("Assemble")).hasSize(1);
    }

    @Test
    void aThrottledInvokeIsRetriedAndThenSucceeds() {
        planReturns(plan(10));
        emulator.lambdas().behave("ScanTable", (payload, attempt) ->
                tableName(payload).equals("customers") && attempt == 1 ? new Throttled() : new Echo());

        Execution execution = emulator.run(stateMachine, executionInput());
        ExecutionHistory history = new ExecutionHistory(execution.history());

        assertSucceeded(execution);
        assertThat(history.taskErrors()).containsExactly("Lambda.TooManyRequestsException");
        assertThat(history.tablesSentTo("ScanTable"))
                .containsExactly("customers", "customers", "order_items", "orders", "products");
        assertThat(history.entered("ScanTable")).as("a retry stays in the state").isEqualTo(TABLES.size());
        for (String step : List.of("ProfileTable", "DescribeTable")) {
            assertThat(history.tablesSentTo(step)).as(step).containsExactlyElementsOf(TABLES);
        }
        assertThat(history.payloadsSentTo("RecordTableFailure")).isEmpty();
        assertThat(ExecutionHistory.parse(execution.description().output()).path("status").asText())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void aLambdaServiceErrorIsRetriedAndThenSucceeds() {
        planReturns(plan(10));
        emulator.lambdas().behave("DescribeTable", (payload, attempt) ->
                tableName(payload).equals("products") && attempt == 1 ? new ServiceError() : new Echo());

        Execution execution = emulator.run(stateMachine, executionInput());
        ExecutionHistory history = new ExecutionHistory(execution.history());

        assertSucceeded(execution);
        assertThat(history.taskErrors()).containsExactly("Lambda.ServiceException");
        assertThat(history.tablesSentTo("DescribeTable"))
                .containsExactly("customers", "order_items", "orders", "products", "products");
        assertThat(history.payloadsSentTo("RecordTableFailure")).isEmpty();
    }

    @Test
    void aPlanWithoutMaxConcurrencyRunsWithTheDefault() {
        ObjectNode plan = plan(1);
        plan.remove("maxConcurrency");
        planReturns(plan);

        Execution execution = emulator.run(stateMachine, executionInput());
        ExecutionHistory history = new ExecutionHistory(execution.history());

        assertSucceeded(execution);
        assertThat(history.entered("DefaultMaxConcurrency")).isEqualTo(1);
        assertThat(history.tablesSentTo("DescribeTable")).containsExactlyElementsOf(TABLES);
    }

    static void assertSucceeded(Execution execution) {
        assertThat(execution.description().status())
                .as("execution %s: %s %s", execution.description().status(),
                        execution.description().error(), execution.description().cause())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    private void planReturns(JsonNode plan) {
        emulator.lambdas().behave("Plan", (payload, attempt) -> new Result(plan));
    }

    private static ObjectNode plan(int maxConcurrency) {
        ObjectNode plan = JSON.createObjectNode().put("runId", RUN_ID).put("sourceId", "shop")
                .put("maxConcurrency", maxConcurrency);
        ArrayNode tables = plan.putArray("tables");
        for (String table : List.of("orders", "customers", "products", "order_items")) {
            ObjectNode item = tables.addObject().put("runId", RUN_ID).put("sourceId", "shop");
            item.putObject("table").put("schema", "shop").put("name", table);
        }
        return plan;
    }

    private static JsonNode executionInput() {
        ObjectNode input = JSON.createObjectNode().put("sourceId", "shop");
        input.putObject("options").put("mode", "auto").put("sampleRows", 100000).put("maxConcurrency", 10);
        return input;
    }

    /** The item as ScanTable returns it for a table split into {@code count} slices. */
    static ObjectNode withSlices(JsonNode item, int count) {
        ObjectNode sliced = item.deepCopy();
        ArrayNode slices = sliced.putArray("slices");
        for (int i = 0; i < count; i++) {
            slices.addObject().put("index", i).put("count", count);
        }
        return sliced;
    }

    private static String tableName(JsonNode payload) {
        return payload.path("table").path("name").asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
