package io.datamind.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.datamind.docs.Json;
import io.datamind.docs.RunStatus;
import io.datamind.pipeline.store.BlobStore;
import io.datamind.pipeline.store.RunAlreadyExistsException;
import io.datamind.pipeline.store.RunNotFoundException;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunState;
import io.datamind.pipeline.store.RunStore;
import io.datamind.pipeline.store.SourceState;
import io.datamind.pipeline.store.Step;
import io.datamind.pipeline.store.StepResult;
import io.datamind.scan.TableRef;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.datamind.aws.RunItems.key;
import static io.datamind.aws.RunItems.runPk;

/**
 * {@link RunStore} on one DynamoDB table (single-table design, see docs/dynamodb-design.md). Step results are
 * recorded with a transaction that inserts the result item only if absent and counts it on the run item, so retried
 * step workers never count twice; payloads too large for an item go to the {@link BlobStore}.
 */
public final class DynamoDbRunStore implements RunStore {

    /**
     * @param retention        how long run-scoped items live before DynamoDB's TTL removes them
     * @param inlineLimitBytes payloads above this many UTF-8 bytes are kept in the blob store
     */
    public record Settings(String tableName, Duration retention, int inlineLimitBytes) {

        public static final int DEFAULT_INLINE_LIMIT_BYTES = 350 * 1024;

        public static Settings of(String tableName, int retentionDays) {
            return new Settings(tableName, Duration.ofDays(retentionDays), DEFAULT_INLINE_LIMIT_BYTES);
        }
    }

    private static final TypeReference<Map<String, String>> FINGERPRINTS = new TypeReference<>() {
    };

    private final DynamoDbClient dynamo;
    private final Settings settings;
    private final Clock clock;
    private final InlineOrBlobPayload payloads;
    private final StepResultWriter stepResults;

    public DynamoDbRunStore(DynamoDbClient dynamo, BlobStore blobs, Settings settings, Clock clock) {
        this.dynamo = dynamo;
        this.settings = settings;
        this.clock = clock;
        this.payloads = new InlineOrBlobPayload(blobs, settings.inlineLimitBytes());
        this.stepResults = new StepResultWriter(dynamo, settings.tableName());
    }

    @Override
    public void createRun(RunRecord run) {
        try {
            dynamo.putItem(b -> b.tableName(settings.tableName())
                    .item(RunItems.runItem(run, expiresAt()))
                    .conditionExpression("attribute_not_exists(PK)"));
        } catch (ConditionalCheckFailedException e) {
            throw new RunAlreadyExistsException(run.runId());
        }
    }

    @Override
    public Optional<RunRecord> getRun(String runId) {
        return getItem(runPk(runId), RunItems.META).map(RunItems::runRecord);
    }

    @Override
    public boolean putStepResult(String runId, TableRef table, Step step, String json) {
        Map<String, AttributeValue> item = new HashMap<>(key(runPk(runId), RunItems.stepSk(step, table)));
        item.put("entity", AttributeValue.fromS("STEP"));
        item.put("step", AttributeValue.fromS(step.name()));
        item.put("tableKey", AttributeValue.fromS(table.key()));
        if (table.schema() != null) {
            item.put(RunItems.TABLE_SCHEMA, AttributeValue.fromS(table.schema()));
        }
        item.put(RunItems.TABLE_NAME, AttributeValue.fromS(table.name()));
        item.put("recordedAt", AttributeValue.fromS(clock.instant().toString()));
        item.put(DynamoDbTableDefinition.TTL_ATTRIBUTE, RunItems.number(expiresAt()));
        Map.Entry<String, AttributeValue> payload = payloads.store(stepBlobKey(runId, table, step), json);
        item.put(payload.getKey(), payload.getValue());

        TransactWriteItem countOnRun = TransactWriteItem.builder().update(u -> u.tableName(settings.tableName())
                .key(key(runPk(runId), RunItems.META))
                .updateExpression("ADD #counter :one")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#counter", RunItems.counterAttribute(step)))
                .expressionAttributeValues(Map.of(":one", RunItems.number(1))))
                .build();
        return switch (stepResults.insertAndCount(item, countOnRun)) {
            case RECORDED -> true;
            case ALREADY_RECORDED -> {
                stepResults.replacePayload(item, payload);
                yield false;
            }
            case RUN_MISSING -> throw new RunNotFoundException(runId);
        };
    }

    @Override
    public Optional<String> getStepResult(String runId, TableRef table, Step step) {
        return getItem(runPk(runId), RunItems.stepSk(step, table)).map(payloads::load);
    }

    @Override
    public Stream<StepResult> listStepResults(String runId, Step step) {
        return dynamo.queryPaginator(b -> b.tableName(settings.tableName())
                        .consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(runPk(runId)),
                                ":prefix", AttributeValue.fromS(RunItems.stepSkPrefix(step)))))
                .items().stream()
                .map(item -> new StepResult(runId, RunItems.tableRef(item), step, payloads.load(item)));
    }

    /** Projects the table attributes only, so neither inline payloads nor S3 overflow objects are read. */
    @Override
    public Stream<TableRef> listTablesWithResult(String runId, Step step) {
        return dynamo.queryPaginator(b -> b.tableName(settings.tableName())
                        .consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .projectionExpression("#schema, #name")
                        .expressionAttributeNames(Map.of("#schema", RunItems.TABLE_SCHEMA, "#name", RunItems.TABLE_NAME))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(runPk(runId)),
                                ":prefix", AttributeValue.fromS(RunItems.stepSkPrefix(step)))))
                .items().stream()
                .map(RunItems::tableRef);
    }

    @Override
    public RunRecord finishRun(String runId, RunStatus status) {
        RunState finalState = RunState.of(status);
        try {
            return RunItems.runRecord(dynamo.updateItem(b -> b.tableName(settings.tableName())
                    .key(key(runPk(runId), RunItems.META))
                    .updateExpression("SET #status = :final, #finishedAt = :now")
                    .conditionExpression("attribute_exists(PK) AND #status = :running")
                    .expressionAttributeNames(Map.of("#status", RunItems.STATUS, "#finishedAt", RunItems.FINISHED_AT))
                    .expressionAttributeValues(Map.of(
                            ":final", AttributeValue.fromS(finalState.name()),
                            ":now", AttributeValue.fromS(clock.instant().toString()),
                            ":running", AttributeValue.fromS(RunState.RUNNING.name())))
                    .returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException e) {
            RunRecord current = getRun(runId).orElseThrow(() -> new RunNotFoundException(runId));
            if (current.status() != finalState) {
                throw new IllegalStateException("run " + runId + " already finished as " + current.status());
            }
            return current;
        }
    }

    @Override
    public long addTokens(String runId, long tokens) {
        RunStore.requireNotNegative(tokens);
        try {
            // ALL_NEW, not UPDATED_NEW: adding 0 to an absent total changes nothing and then returns no attribute
            AttributeValue total = dynamo.updateItem(b -> b.tableName(settings.tableName())
                    .key(key(runPk(runId), RunItems.META))
                    .updateExpression("ADD #tokens :tokens")
                    .conditionExpression("attribute_exists(PK)")
                    .expressionAttributeNames(Map.of("#tokens", RunItems.TOKENS_SPENT))
                    .expressionAttributeValues(Map.of(":tokens", RunItems.number(tokens)))
                    .returnValues(ReturnValue.ALL_NEW)).attributes().get(RunItems.TOKENS_SPENT);
            return total == null ? 0 : Long.parseLong(total.n());
        } catch (ConditionalCheckFailedException e) {
            throw new RunNotFoundException(runId);
        }
    }

    @Override
    public Optional<SourceState> getSourceState(String sourceId) {
        return getItem(RunItems.sourcePk(sourceId), RunItems.STATE).map(item -> {
            AttributeValue lastRun = item.get(RunItems.LAST_SUCCESSFUL_RUN);
            return new SourceState(sourceId, lastRun == null ? null : lastRun.s(), fingerprints(payloads.load(item)));
        });
    }

    @Override
    public void putSourceState(SourceState state) {
        Map<String, AttributeValue> item = new HashMap<>(key(RunItems.sourcePk(state.sourceId()), RunItems.STATE));
        item.put("entity", AttributeValue.fromS("SOURCE"));
        item.put("updatedAt", AttributeValue.fromS(clock.instant().toString()));
        if (state.lastSuccessfulRunId() != null) {
            item.put(RunItems.LAST_SUCCESSFUL_RUN, AttributeValue.fromS(state.lastSuccessfulRunId()));
        }
        Map.Entry<String, AttributeValue> payload =
                payloads.store("sources/" + state.sourceId() + "/state.json", toJson(state.tableFingerprints()));
        item.put(payload.getKey(), payload.getValue());
        dynamo.putItem(b -> b.tableName(settings.tableName()).item(item));
    }

    private Optional<Map<String, AttributeValue>> getItem(String pk, String sk) {
        var response = dynamo.getItem(b -> b.tableName(settings.tableName()).key(key(pk, sk)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private long expiresAt() {
        return clock.instant().plus(settings.retention()).getEpochSecond();
    }

    private static String stepBlobKey(String runId, TableRef table, Step step) {
        return "runs/" + runId + "/steps/" + step.name() + "/" + URLEncoder.encode(table.key(), StandardCharsets.UTF_8) + ".json";
    }

    private static String toJson(Map<String, String> fingerprints) {
        try {
            return Json.mapper().writeValueAsString(fingerprints);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise table fingerprints", e);
        }
    }

    private static Map<String, String> fingerprints(String json) {
        try {
            return json == null ? Map.of() : Json.mapper().readValue(json, FINGERPRINTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored table fingerprints are not valid JSON", e);
        }
    }
}
