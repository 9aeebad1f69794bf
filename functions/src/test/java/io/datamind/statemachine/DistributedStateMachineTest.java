package io.datamind.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.statemachine.LambdaStandIn.Echo;
import io.datamind.statemachine.LambdaStandIn.FunctionError;
import io.datamind.statemachine.LambdaStandIn.Invocation;
import io.datamind.statemachine.LambdaStandIn.Result;
import io.datamind.statemachine.StepFunctionsEmulator.Execution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.datamind.statemachine.DataMindStateMachineTest.assertSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs statemachine/datamind-distributed.asl.json in moto: the plan's table items are read from S3 by the
 * Distributed Map's ItemReader and each table runs as a child execution.
 */
class DistributedStateMachineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN_ID = "run-20261122-0002";
    private static final String BUCKET = "datamind-runs";
    private static final String KEY = "runs/" + RUN_ID + "/tables.json";
    private static final List<String> TABLES = IntStream.rangeClosed(1, 12).mapToObj(i -> "t%02d".formatted(i)).toList();

    private final StepFunctionsEmulator emulator = StepFunctionsEmulator.shared();
    private String stateMachine;

    @BeforeEach
    void deploy() throws Exception {
        Map<String, String> arns = emulator.prepare();
        stateMachine = emulator.deploy(AslDefinition.load(AslDefinition.DISTRIBUTED), arns);
        emulator.s3().createBucket(b -> b.bucket(BUCKET));
        emulator.s3().putObject(p -> p.bucket(BUCKET).key(KEY), RequestBody.fromBytes(JSON.writeValueAsBytes(items())));
        ObjectNode plan = JSON.createObjectNode().put("runId", RUN_ID).put("sourceId", "warehouse").put("maxConcurrency", 4);
        plan.putObject("tableList").put("bucket", BUCKET).put("key", KEY);
        emulator.lambdas().behave("Plan", (payload, attempt) -> new Result(plan));
        emulator.lambdas().behave("Assemble", (payload, attempt) -> new Result(JSON.createObjectNode()
                .put("runId", RUN_ID).put("sourceId", "warehouse").put("status", "SUCCEEDED")
                .put("documentation", "s3://datamind-docs/warehouse/" + RUN_ID + "/")));
    }

    @Test
    void readsTheTablesFromS3AndDocumentsEachInAChildExecution() {
        Execution execution = emulator.run(stateMachine, input());
        ExecutionHistory history = new ExecutionHistory(execution.history());

        assertSucceeded(execution);
        assertThat(history.count(HistoryEventType.MAP_RUN_STARTED)).isEqualTo(1);
        assertThat(history.count(HistoryEventType.MAP_RUN_SUCCEEDED)).isEqualTo(1);
        for (String step : List.of("ScanTable", "ProfileTable", "DescribeTable")) {
            assertThat(tablesInvoked(step)).as(step).containsExactlyElementsOf(TABLES);
        }
        assertThat(tablesInvoked("RecordTableFailure")).isEmpty();
        JsonNode reference = JSON.createObjectNode().put("runId", RUN_ID).put("sourceId", "warehouse");
        assertThat(history.payloadsSentTo("Relate")).containsExactly(reference);
        assertThat(history.payloadsSentTo("Assemble")).containsExactly(reference);
        assertThat(ExecutionHistory.parse(execution.description().output()).path("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aFailingTableIsRecordedInsideItsChildAndTheRunGoesOn() {
        emulator.lambdas().behave("ScanTable", (payload, attempt) -> payload.path("table").path("name").asText().equals("t07")
                ? new FunctionError("SourceAccessException", "statement timeout on t07")
                : new Echo());

        Execution execution = emulator.run(stateMachine, input());

        assertSucceeded(execution);
        List<Invocation> failures = invocations("RecordTableFailure");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).payload().path("table").path("name").asText()).isEqualTo("t07");
        assertThat(failures.get(0).payload().path("error").path("Error").asText()).isEqualTo("SourceAccessException");
        assertThat(tablesInvoked("DescribeTable")).hasSize(TABLES.size() - 1).doesNotContain("t07");
        assertThat(invocations("Assemble")).hasSize(1);
    }

    @Test
    void aSlicedTableInsideItsChildIsProfiledSliceBySliceAndMergedOnce() {
        emulator.lambdas().behave("ScanTable", (payload, attempt) -> payload.path("table").path("name").asText().equals("t03")
                ? new Result(DataMindStateMachineTest.withSlices(payload, 5))
                : new Echo());

        Execution execution = emulator.run(stateMachine, input());

        assertSucceeded(execution);
        assertThat(tablesInvoked("ProfileTable")).hasSize(TABLES.size() - 1).doesNotContain("t03");
        assertThat(invocations("ProfileSlice")).hasSize(5)
                .allSatisfy(i -> assertThat(i.payload().path("table").path("name").asText()).isEqualTo("t03"));
        assertThat(invocations("ProfileSlice").stream().map(i -> i.payload().path("slice").path("index").asInt()).sorted())
                .containsExactly(0, 1, 2, 3, 4);
        assertThat(tablesInvoked("MergeProfile")).containsExactly("t03");
        assertThat(tablesInvoked("DescribeTable")).containsExactlyElementsOf(TABLES);
        assertThat(tablesInvoked("RecordTableFailure")).isEmpty();
    }

    private List<Invocation> invocations(String function) {
        return emulator.lambdas().invocations().stream().filter(i -> i.function().equals(function)).toList();
    }

    /** Table names of the Lambda invokes that reached the stand-in, sorted: child executions have their own history. */
    private List<String> tablesInvoked(String function) {
        return invocations(function).stream().map(i -> i.payload().path("table").path("name").asText()).sorted().toList();
    }

    private static ArrayNode items() {
        ArrayNode items = JSON.createArrayNode();
        for (String table : TABLES) {
            ObjectNode item = items.addObject().put("runId", RUN_ID).put("sourceId", "warehouse");
            item.putObject("table").put("schema", "dw").put("name", table);
        }
        return items;
    }

    private static JsonNode input() {
        ObjectNode input = JSON.createObjectNode().put("sourceId", "warehouse");
        input.putObject("options").put("mode", "sample").put("sampleRows", 100000).put("maxConcurrency", 4);
        return input;
    }
}
