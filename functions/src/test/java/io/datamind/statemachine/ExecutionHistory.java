package io.datamind.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Questions a test asks of an execution's history events. */
record ExecutionHistory(List<HistoryEvent> events) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The payloads of the Lambda invokes the execution scheduled for {@code function}, in order. */
    List<JsonNode> payloadsSentTo(String function) {
        return events.stream()
                .filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED)
                .map(e -> parse(e.taskScheduledEventDetails().parameters()))
                .filter(parameters -> parameters.path("FunctionName").asText().endsWith(":function:" + function))
                .map(parameters -> parameters.path("Payload"))
                .toList();
    }

    /** The table names in the payloads scheduled for {@code function}, sorted. */
    List<String> tablesSentTo(String function) {
        return payloadsSentTo(function).stream().map(p -> p.path("table").path("name").asText()).sorted().toList();
    }

    /** The errors of the failed task attempts, in order. */
    List<String> taskErrors() {
        return events.stream()
                .filter(e -> e.type() == HistoryEventType.TASK_FAILED)
                .map(e -> e.taskFailedEventDetails().error())
                .toList();
    }

    long count(HistoryEventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    /** How often a state of that name was entered. */
    long entered(String stateName) {
        return events.stream()
                .filter(e -> e.stateEnteredEventDetails() != null && stateName.equals(e.stateEnteredEventDetails().name()))
                .count();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
