package io.datamind.infra;

import static io.datamind.infra.SynthesizedStack.json;
import static io.datamind.infra.SynthesizedStack.map;
import static io.datamind.infra.SynthesizedStack.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

/** cdk-nag's verdict, storage, the run table, alarms and the dashboard. */
class StackChecksTest {

    private final SynthesizedStack stack = SynthesizedStack.get();

    @Test
    void cdkNagAwsSolutionsFindsNoUnsuppressedError() {
        var errors = stack.annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        assertThat(errors).extracting(e -> e.getId() + ": " + e.getEntry().getData()).isEmpty();
        var warnings = stack.annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
        assertThat(warnings).extracting(e -> e.getId() + ": " + e.getEntry().getData()).isEmpty();
    }

    @Test
    void bucketsArePrivateEncryptedTlsOnlyAndLogged() {
        Map<String, Map<String, Object>> buckets = stack.ofType("AWS::S3::Bucket");
        assertThat(buckets).hasSize(3);
        for (Map.Entry<String, Map<String, Object>> bucket : buckets.entrySet()) {
            Map<String, Object> props = properties(bucket.getValue());
            assertThat(json(props.get("BucketEncryption"))).contains("AES256");
            assertThat(props.get("PublicAccessBlockConfiguration")).isEqualTo(Map.of("BlockPublicAcls", true,
                    "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
            if (!bucket.getKey().contains("AccessLogs")) {
                assertThat(map(props.get("LoggingConfiguration"))).containsKey("DestinationBucketName");
            }
        }
        for (Map<String, Object> policy : stack.ofType("AWS::S3::BucketPolicy").values()) {
            assertThat(json(properties(policy))).contains("\"aws:SecureTransport\":\"false\"").contains("Deny");
        }
        assertThat(stack.ofType("AWS::S3::BucketPolicy")).hasSize(3);
    }

    @Test
    void documentationIsVersionedAndRunStateExpiresWithTheTtl() {
        Map<String, Object> docs = properties(stack.ofType("AWS::S3::Bucket").entrySet().stream()
                .filter(e -> e.getKey().startsWith("StorageDocumentation")).findFirst().orElseThrow().getValue());
        assertThat(docs.get("VersioningConfiguration")).isEqualTo(Map.of("Status", "Enabled"));
        String rules = json(docs.get("LifecycleConfiguration"));
        assertThat(rules).contains("\"Prefix\":\"_datamind/runs/\"").contains("\"ExpirationInDays\":30")
                .contains("NoncurrentVersionExpiration").contains("AbortIncompleteMultipartUpload");
        Map<String, Object> input = properties(stack.ofType("AWS::S3::Bucket").entrySet().stream()
                .filter(e -> e.getKey().startsWith("StorageInput")).findFirst().orElseThrow().getValue());
        assertThat(json(input.get("LifecycleConfiguration"))).contains("\"Prefix\":\"incoming/\"");
    }

    @Test
    void theRunTableIsOnDemandWithPitrTtlAndEncryption() {
        Map<String, Map<String, Object>> tables = stack.ofType("AWS::DynamoDB::Table");
        assertThat(tables).hasSize(1);
        Map<String, Object> table = properties(tables.values().iterator().next());
        assertThat(table.get("BillingMode")).isEqualTo("PAY_PER_REQUEST");
        assertThat(table.get("KeySchema")).isEqualTo(List.of(Map.of("AttributeName", "PK", "KeyType", "HASH"),
                Map.of("AttributeName", "SK", "KeyType", "RANGE")));
        assertThat(table.get("TimeToLiveSpecification"))
                .isEqualTo(Map.of("AttributeName", "expiresAt", "Enabled", true));
        assertThat(json(table.get("PointInTimeRecoverySpecification")))
                .contains("\"PointInTimeRecoveryEnabled\":true");
        assertThat(json(table.get("SSESpecification"))).contains("\"SSEEnabled\":true");
        assertThat(table).doesNotContainKey("GlobalSecondaryIndexes");
        assertThat(tables.values().iterator().next().get("DeletionPolicy")).isEqualTo("Retain");
    }

    @Test
    void alarmsWatchExecutionsAndEveryFunctionsErrorsAndThrottlesAndNotifyTheTopic() {
        Map<String, Map<String, Object>> alarms = stack.ofType("AWS::CloudWatch::Alarm");
        assertThat(alarms).hasSize(2 + 2 * Step.values().length);
        List<String> metrics = alarms.values().stream().map(a -> properties(a).get("MetricName").toString()).toList();
        assertThat(metrics).filteredOn("ExecutionsFailed"::equals).hasSize(1);
        assertThat(metrics).filteredOn("ExecutionsTimedOut"::equals).hasSize(1);
        assertThat(metrics).filteredOn("Errors"::equals).hasSize(Step.values().length);
        assertThat(metrics).filteredOn("Throttles"::equals).hasSize(Step.values().length);
        for (Map<String, Object> alarm : alarms.values()) {
            assertThat(properties(alarm).get("AlarmActions")).isEqualTo(List.of(SynthesizedStack.ALARM_TOPIC));
        }
    }

    @Test
    void theDashboardShowsThePipelinesOwnMetrics() {
        Map<String, Map<String, Object>> dashboards = stack.ofType("AWS::CloudWatch::Dashboard");
        assertThat(dashboards).hasSize(1);
        String body = json(properties(dashboards.values().iterator().next()).get("DashboardBody"));
        for (String metric : List.of("TablesScanned", "TablesProfiled", "TablesDescribed", "TablesFailed",
                "RowsProfiled", "SlicesProfiled", "RunDurationMs", "PromptTokens", "CompletionTokens", "LlmCalls")) {
            assertThat(body).contains("\\\"" + metric + "\\\"");
        }
        assertThat(body).contains("DataMind").contains("Service").contains("datamind");
    }
}
