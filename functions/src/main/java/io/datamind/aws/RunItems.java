package io.datamind.aws;

import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunState;
import io.datamind.pipeline.store.Step;
import io.datamind.pipeline.store.StepCounters;
import io.datamind.scan.TableRef;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.datamind.aws.DynamoDbTableDefinition.PARTITION_KEY;
import static io.datamind.aws.DynamoDbTableDefinition.SORT_KEY;

/** Keys and attribute names of the single-table design (docs/dynamodb-design.md), and run item conversions. */
final class RunItems {

    static final String META = "META";
    static final String STATE = "STATE";
    static final String STATUS = "status";
    static final String FINISHED_AT = "finishedAt";
    /** Why a run failed as a whole (it could not start); absent for runs that started. */
    static final String REASON = "reason";
    static final String TABLE_SCHEMA = "tableSchema";
    static final String TABLE_NAME = "tableName";
    static final String LAST_SUCCESSFUL_RUN = "lastSuccessfulRunId";
    /** Model tokens the run's tables spent so far, for the per-run token budget. */
    static final String TOKENS_SPENT = "tokensSpent";

    private RunItems() {
    }

    static String runPk(String runId) {
        return "RUN#" + runId;
    }

    static String stepSkPrefix(Step step) {
        return "STEP#" + step.name() + "#";
    }

    static String stepSk(Step step, TableRef table) {
        return stepSkPrefix(step) + table.key();
    }

    static String sourcePk(String sourceId) {
        return "SOURCE#" + sourceId;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(pk), SORT_KEY, AttributeValue.fromS(sk));
    }

    static String counterAttribute(Step step) {
        return switch (step) {
            case SCAN -> "tablesScanned";
            case PROFILE -> "tablesProfiled";
            case DESCRIBE -> "tablesDescribed";
            case FAILURE -> "tablesFailed";
        };
    }

    static Map<String, AttributeValue> runItem(RunRecord run, long expiresAtEpochSecond) {
        Map<String, AttributeValue> item = new HashMap<>(key(runPk(run.runId()), META));
        item.put("entity", AttributeValue.fromS("RUN"));
        item.put("runId", AttributeValue.fromS(run.runId()));
        item.put("sourceId", AttributeValue.fromS(run.sourceId()));
        item.put(STATUS, AttributeValue.fromS(run.status().name()));
        item.put("options", AttributeValue.fromS(run.optionsJson()));
        item.put("tablesTotal", number(run.tablesTotal()));
        for (Step step : Step.values()) {
            item.put(counterAttribute(step), number(run.counters().of(step)));
        }
        item.put("startedAt", AttributeValue.fromS(run.startedAt().toString()));
        if (run.finishedAt() != null) {
            item.put(FINISHED_AT, AttributeValue.fromS(run.finishedAt().toString()));
        }
        if (run.reason() != null) {
            item.put(REASON, AttributeValue.fromS(run.reason()));
        }
        item.put(DynamoDbTableDefinition.TTL_ATTRIBUTE, number(expiresAtEpochSecond));
        return item;
    }

    static RunRecord runRecord(Map<String, AttributeValue> item) {
        AttributeValue finishedAt = item.get(FINISHED_AT);
        AttributeValue reason = item.get(REASON);
        return new RunRecord(
                item.get("runId").s(),
                item.get("sourceId").s(),
                RunState.valueOf(item.get(STATUS).s()),
                item.get("options").s(),
                intOf(item, "tablesTotal"),
                new StepCounters(intOf(item, counterAttribute(Step.SCAN)), intOf(item, counterAttribute(Step.PROFILE)),
                        intOf(item, counterAttribute(Step.DESCRIBE)), intOf(item, counterAttribute(Step.FAILURE))),
                Instant.parse(item.get("startedAt").s()),
                finishedAt == null ? null : Instant.parse(finishedAt.s()),
                reason == null ? null : reason.s());
    }

    static TableRef tableRef(Map<String, AttributeValue> item) {
        AttributeValue schema = item.get(TABLE_SCHEMA);
        return new TableRef(schema == null ? null : schema.s(), item.get(TABLE_NAME).s());
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static int intOf(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Integer.parseInt(value.n());
    }
}
