package io.datamind.aws.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.aws.AwsClients;
import io.datamind.aws.DynamoDbRunStore;
import io.datamind.aws.DynamoDbTableDefinition;
import io.datamind.aws.S3BlobStore;
import io.datamind.docs.Json;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunStore;
import io.datamind.testing.MotoServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A trigger deployment on moto: an input bucket, the docs bucket with a sources registry, the run table, a state
 * machine of one Pass state (starting is what is tested, not the pipeline), and an event bus of its own whose rule
 * forwards DataMind events to an SQS queue the test reads. Every fixture has its own names, so tests never see each
 * other's executions or events.
 */
final class TriggerFixture {

    static final Path EVENTS = Path.of("..", "events");
    private static final String PASS_MACHINE = """
            {"StartAt": "Started", "States": {"Started": {"Type": "Pass", "End": true}}}""";

    final AwsClients clients = MotoServer.shared().clients();
    final SqsClient sqs = SqsClient.builder().endpointOverride(MotoServer.shared().endpoint()).region(MotoServer.REGION)
            .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("testing", "testing"))
            .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build();
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String inputBucket = "dm-trig-input-" + suffix;
    final String docsBucket = "dm-trig-docs-" + suffix;
    final String table = "dm-trig-runs-" + suffix;
    final String bus = "dm-trig-bus-" + suffix;
    final String stateMachineArn;
    private final String queueUrl;
    private final Map<String, String> extraEnvironment;

    TriggerFixture(Map<String, String> extraEnvironment) {
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        clients.s3().createBucket(b -> b.bucket(inputBucket));
        clients.s3().createBucket(b -> b.bucket(docsBucket));
        DynamoDbTableDefinition.create(clients.dynamoDb(), table);
        stateMachineArn = clients.stepFunctions().createStateMachine(b -> b.name("dm-trig-" + suffix)
                .roleArn("arn:aws:iam::123456789012:role/dm-trig").definition(PASS_MACHINE)).stateMachineArn();
        queueUrl = sqs.createQueue(b -> b.queueName("dm-trig-events-" + suffix)).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        clients.eventBridge().createEventBus(b -> b.name(bus));
        clients.eventBridge().putRule(b -> b.name("dm-trig-not-started").eventBusName(bus)
                .eventPattern("{\"source\": [\"io.datamind\"], \"detail-type\": [\"DataMind Run Not Started\"]}"));
        clients.eventBridge().putTargets(b -> b.rule("dm-trig-not-started").eventBusName(bus)
                .targets(t -> t.id("queue").arn(queueArn)));
    }

    TriggerFixture() {
        this(Map.of());
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATAMIND_TABLE", table);
        env.put("DATAMIND_DOCS_BUCKET", docsBucket);
        env.put("DATAMIND_SOURCES", "s3://" + docsBucket + "/config/sources.yaml");
        env.put("DATAMIND_STATE_MACHINE_ARN", stateMachineArn);
        env.put("DATAMIND_EVENT_BUS", bus);
        env.put("DATAMIND_INPUT_BUCKET", inputBucket);
        env.putAll(extraEnvironment);
        return env;
    }

    TriggerServices services(Clock clock) {
        Map<String, String> env = environment();
        return new TriggerServices(clients, LambdaConfig.fromEnvironment(env), TriggerConfig.fromEnvironment(env), clock);
    }

    RunStore store() {
        return new DynamoDbRunStore(clients.dynamoDb(), new S3BlobStore(clients.s3(), docsBucket, "_datamind"),
                DynamoDbRunStore.Settings.of(table, 7), Clock.systemUTC());
    }

    Optional<RunRecord> run(String runId) {
        return store().getRun(runId);
    }

    /** Puts an object and returns its ETag as S3 reports it (quoted). */
    String put(String key, String content) {
        return clients.s3().putObject(b -> b.bucket(inputBucket).key(key), RequestBody.fromString(content)).eTag();
    }

    void putRegistry(String yaml) {
        clients.s3().putObject(b -> b.bucket(docsBucket).key("config/sources.yaml"), RequestBody.fromString(yaml));
    }

    List<ExecutionListItem> executions() {
        return clients.stepFunctions().listExecutions(b -> b.stateMachineArn(stateMachineArn)).executions();
    }

    JsonNode input(ExecutionListItem execution) throws IOException {
        return Json.mapper().readTree(clients.stepFunctions()
                .describeExecution(b -> b.executionArn(execution.executionArn())).input());
    }

    /** The DataMind events the bus delivered to the queue so far (waits briefly for the first). */
    List<JsonNode> events() throws IOException {
        List<JsonNode> events = new ArrayList<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            for (Message message : batch) {
                events.add(Json.mapper().readTree(message.body()));
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        } while (!batch.isEmpty());
        return events;
    }

    /**
     * The S3 event notification S3 sends for one created object, from events/s3-object-created.json: the key
     * form-encoded as S3 encodes it, the ETag without quotes.
     */
    ObjectNode notification(String key, String eTag, String eventTime) throws IOException {
        ObjectNode event = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(EVENTS.resolve("s3-object-created.json")));
        ObjectNode record = (ObjectNode) event.get("Records").get(0);
        record.put("eventTime", eventTime);
        ObjectNode s3 = (ObjectNode) record.get("s3");
        ((ObjectNode) s3.get("bucket")).put("name", inputBucket).put("arn", "arn:aws:s3:::" + inputBucket);
        ((ObjectNode) s3.get("object")).put("key", java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)
                .replace("%2F", "/")).put("eTag", eTag.replace("\"", ""));
        return event;
    }

    static JsonNode invoke(RequestStreamHandler handler, JsonNode event) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(event)), output,
                LocalContext.of("datamind-trigger-test"));
        return Json.mapper().readTree(output.toByteArray());
    }

    static ObjectNode event(String file) throws IOException {
        return (ObjectNode) Json.mapper().readTree(Files.readAllBytes(EVENTS.resolve(file)));
    }
}
