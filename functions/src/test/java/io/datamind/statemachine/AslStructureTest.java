package io.datamind.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structural checks of the state machine definitions, without running them: they load, every state can be reached
 * and every transition lands on a state, every Lambda task retries service errors and throttles, a table's failing
 * step is caught, the definitions stay JSONPath, and only the documented placeholders appear.
 */
class AslStructureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SERVICE_ERRORS = Set.of("Lambda.ServiceException", "Lambda.AWSLambdaException",
            "Lambda.SdkClientException");
    private static final Set<String> JSONATA_FIELDS = Set.of("Arguments", "Output");
    /** The states of a table's chain that catch; ProfileSlice is caught by its Map, ProfileSlices. */
    private static final Set<String> PER_TABLE_STEPS = Set.of("ScanTable", "ProfileTable", "ProfileSlices",
            "MergeProfile", "DescribeTable");

    @ParameterizedTest
    @ValueSource(strings = {AslDefinition.INLINE, AslDefinition.DISTRIBUTED})
    void everyStateIsReachableAndEveryTransitionLandsOnAState(String file) throws IOException {
        List<JsonNode> machines = machines(parse(file));
        assertThat(machines).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode machine : machines) {
            Set<String> names = new HashSet<>();
            machine.path("States").fieldNames().forEachRemaining(names::add);
            assertThat(names).contains(machine.path("StartAt").asText());
            machine.path("States").fields().forEachRemaining(state -> {
                assertThat(names).as("transitions of %s", state.getKey()).containsAll(transitions(state.getValue()));
                assertThat(endsOrMoves(state.getValue())).as("%s ends or moves on", state.getKey()).isTrue();
            });
            assertThat(reachable(machine)).as("states reachable from %s", machine.path("StartAt").asText())
                    .containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {AslDefinition.INLINE, AslDefinition.DISTRIBUTED})
    void everyLambdaTaskRetriesServiceErrorsAndThrottlesWithJitter(String file) throws IOException {
        List<JsonNode> tasks = tasks(parse(file));
        assertThat(tasks).hasSize(AslDefinition.PLACEHOLDERS.size());
        for (JsonNode task : tasks) {
            assertThat(task.path("Resource").asText()).isEqualTo("arn:aws:states:::lambda:invoke");
            assertThat(task.path("Parameters").path("FunctionName").asText()).matches("\\$\\{\\w+FunctionArn}");
            assertThat(task.path("OutputPath").asText()).isEqualTo("$.Payload");

            JsonNode service = retrier(task, "Lambda.ServiceException");
            assertThat(errors(service)).containsAll(SERVICE_ERRORS).doesNotContain("Lambda.TooManyRequestsException");
            assertThat(service.path("IntervalSeconds").asInt()).isEqualTo(2);
            assertThat(service.path("BackoffRate").asDouble()).isEqualTo(2.0);
            assertThat(service.path("MaxAttempts").asInt()).isEqualTo(6);

            JsonNode throttle = retrier(task, "Lambda.TooManyRequestsException");
            assertThat(throttle.path("JitterStrategy").asText()).isEqualTo("FULL");
            assertThat(throttle.path("IntervalSeconds").asInt()).isGreaterThan(2);
            assertThat(throttle.path("BackoffRate").asDouble()).isGreaterThanOrEqualTo(2.0);
            assertThat(throttle.path("MaxAttempts").asInt()).isGreaterThanOrEqualTo(6);
            assertThat(throttle.path("MaxDelaySeconds").asInt()).isBetween(throttle.path("IntervalSeconds").asInt(), 900);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {AslDefinition.INLINE, AslDefinition.DISTRIBUTED})
    void aFailingTableStepIsCaughtAndRecordedInsideTheMap(String file) throws IOException {
        JsonNode map = parse(file).path("States").path("DocumentTables");
        assertThat(map.path("Type").asText()).isEqualTo("Map");
        assertThat(map.path("MaxConcurrencyPath").asText()).isEqualTo("$.maxConcurrency");
        assertThat(map.has("ResultPath") && map.get("ResultPath").isNull()).as("the Map's items are dropped").isTrue();
        JsonNode states = map.path("ItemProcessor").path("States");
        for (String step : PER_TABLE_STEPS) {
            JsonNode catchers = states.path(step).path("Catch");
            assertThat(catchers).as(step).anySatisfy(catcher -> {
                assertThat(errors(catcher)).containsExactly("States.ALL");
                assertThat(catcher.path("ResultPath").asText()).isEqualTo("$.error");
                assertThat(catcher.path("Next").asText()).isEqualTo("RecordTableFailure");
            });
        }
        assertThat(states.path("RecordTableFailure").path("End").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {AslDefinition.INLINE, AslDefinition.DISTRIBUTED})
    void aTableWithSlicesIsProfiledSliceBySliceThenMerged(String file) throws IOException {
        JsonNode states = parse(file).path("States").path("DocumentTables").path("ItemProcessor").path("States");
        assertThat(states.path("ScanTable").path("Next").asText()).isEqualTo("NeedsSlices");

        JsonNode choice = states.path("NeedsSlices");
        assertThat(choice.path("Type").asText()).isEqualTo("Choice");
        assertThat(choice.path("Choices")).singleElement().satisfies(rule -> {
            assertThat(rule.path("Variable").asText()).isEqualTo("$.slices");
            assertThat(rule.path("IsPresent").asBoolean()).isTrue();
            assertThat(rule.path("Next").asText()).isEqualTo("ProfileSlices");
        });
        assertThat(choice.path("Default").asText()).isEqualTo("ProfileTable");
        assertThat(states.path("ProfileTable").path("Next").asText()).isEqualTo("DescribeTable");

        JsonNode map = states.path("ProfileSlices");
        assertThat(map.path("Type").asText()).isEqualTo("Map");
        assertThat(map.path("ItemsPath").asText()).isEqualTo("$.slices");
        assertThat(map.path("MaxConcurrency").asInt()).isEqualTo(8);
        assertThat(map.has("ResultPath") && map.get("ResultPath").isNull()).as("partials stay in S3").isTrue();
        assertThat(map.path("Next").asText()).isEqualTo("MergeProfile");
        JsonNode selector = map.path("ItemSelector");
        List<String> fields = new ArrayList<>();
        selector.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("runId.$", "sourceId.$", "table.$", "slice.$");
        assertThat(selector.path("slice.$").asText()).isEqualTo("$$.Map.Item.Value");
        assertThat(selector.path("table.$").asText()).isEqualTo("$.table");

        JsonNode slices = map.path("ItemProcessor");
        assertThat(slices.path("ProcessorConfig").path("Mode").asText()).isEqualTo("INLINE");
        JsonNode profileSlice = slices.path("States").path(slices.path("StartAt").asText());
        assertThat(profileSlice.path("Parameters").path("FunctionName").asText()).isEqualTo("${ProfileSliceFunctionArn}");
        assertThat(profileSlice.path("End").asBoolean()).isTrue();
        assertThat(slices.path("States").size()).isEqualTo(1);

        JsonNode merge = states.path("MergeProfile");
        assertThat(merge.path("Parameters").path("FunctionName").asText()).isEqualTo("${MergeProfileFunctionArn}");
        assertThat(merge.path("Parameters").path("Payload.$").asText()).as("the item, with its slices").isEqualTo("$");
        assertThat(merge.path("Next").asText()).isEqualTo("DescribeTable");
    }

    @ParameterizedTest
    @ValueSource(strings = {AslDefinition.INLINE, AslDefinition.DISTRIBUTED})
    void theStepsAfterTheMapReceiveOnlyTheRunReference(String file) throws IOException {
        JsonNode states = parse(file).path("States");
        for (String step : List.of("Relate", "Assemble")) {
            JsonNode payload = states.path(step).path("Parameters").path("Payload");
            List<String> fields = new ArrayList<>();
            payload.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(step).containsExactlyInAnyOrder("runId.$", "sourceId.$");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {AslDefinition.INLINE, AslDefinition.DISTRIBUTED})
    void staysJsonPathWithOnlyTheDocumentedPlaceholders(String file) throws IOException {
        JsonNode root = parse(file);
        List<String> problems = new ArrayList<>();
        walk(root, "$", problems);
        assertThat(problems).isEmpty();
        assertThat(AslDefinition.load(file).placeholders())
                .containsExactlyInAnyOrderElementsOf(AslDefinition.PLACEHOLDERS);
    }

    private static void walk(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = path + "." + field.getKey();
                if (field.getKey().equals("QueryLanguage") && !field.getValue().asText().equals("JSONPath")) {
                    problems.add(at + " is " + field.getValue());
                }
                if (JSONATA_FIELDS.contains(field.getKey())) {
                    problems.add(at + " is a JSONata field");
                }
                walk(field.getValue(), at, problems);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isTextual() && node.asText().contains("{%")) {
            problems.add(path + " holds a JSONata expression");
        }
    }

    private static JsonNode parse(String file) throws IOException {
        JsonNode root = JSON.readTree(AslDefinition.load(file).text());
        assertThat(root.isObject()).isTrue();
        return root;
    }

    /** The top-level machine and every Map's item processor (or Iterator) and Parallel branch, recursively. */
    private static List<JsonNode> machines(JsonNode machine) {
        List<JsonNode> found = new ArrayList<>(List.of(machine));
        machine.path("States").forEach(state -> {
            for (String key : List.of("ItemProcessor", "Iterator")) {
                if (state.has(key)) {
                    found.addAll(machines(state.get(key)));
                }
            }
            state.path("Branches").forEach(branch -> found.addAll(machines(branch)));
        });
        return found;
    }

    private static List<JsonNode> tasks(JsonNode root) {
        List<JsonNode> tasks = new ArrayList<>();
        for (JsonNode machine : machines(root)) {
            machine.path("States").forEach(state -> {
                if (state.path("Type").asText().equals("Task")) {
                    tasks.add(state);
                }
            });
        }
        return tasks;
    }

    private static Set<String> transitions(JsonNode state) {
        Set<String> targets = new HashSet<>();
        for (String key : List.of("Next", "Default")) {
            if (state.has(key)) {
                targets.add(state.get(key).asText());
            }
        }
        state.path("Choices").forEach(choice -> targets.add(choice.path("Next").asText()));
        state.path("Catch").forEach(catcher -> targets.add(catcher.path("Next").asText()));
        return targets;
    }

    private static boolean endsOrMoves(JsonNode state) {
        String type = state.path("Type").asText();
        return switch (type) {
            case "Choice" -> state.has("Choices");
            case "Succeed", "Fail" -> true;
            default -> state.path("End").asBoolean() ^ state.has("Next");
        };
    }

    private static Set<String> reachable(JsonNode machine) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(machine.path("StartAt").asText()));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (seen.add(name)) {
                pending.addAll(transitions(machine.path("States").path(name)));
            }
        }
        return seen;
    }

    private static JsonNode retrier(JsonNode task, String error) {
        List<JsonNode> matching = new ArrayList<>();
        task.path("Retry").forEach(retrier -> {
            if (errors(retrier).contains(error)) {
                matching.add(retrier);
            }
        });
        assertThat(matching).as("retriers of %s for %s", task.path("Parameters").path("FunctionName"), error).hasSize(1);
        return matching.get(0);
    }

    private static List<String> errors(JsonNode retrierOrCatcher) {
        List<String> errors = new ArrayList<>();
        retrierOrCatcher.path("ErrorEquals").forEach(e -> errors.add(e.asText()));
        return errors;
    }
}
