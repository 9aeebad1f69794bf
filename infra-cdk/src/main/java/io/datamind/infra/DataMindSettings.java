package io.datamind.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import software.constructs.Node;

/**
 * What a deployment may choose, from CDK context ({@code cdk deploy -c key=value} or {@code cdk.json}). Every key
 * is documented in README.md, "Deploy to AWS".
 *
 * @param functionsJar       jar: the shaded functions jar deployed to every function
 * @param stateMachineDir    statemachineDir: the folder holding the ASL definitions
 * @param distributedMap     distributedMap: deploy the Distributed Map definition (sources above ~1,000 tables)
 * @param schedule           schedule: EventBridge schedule expression for runs of every source; null for none
 * @param sourceSecretArns   sourceSecretArns: comma-separated secret ARNs the pipeline may read; empty to use the prefix
 * @param sourceSecretPrefix sourceSecretPrefix: secret name prefix the pipeline may read when no ARNs are given
 * @param describer          describer: heuristic, bedrock or openai
 * @param modelId            modelId: Bedrock model id or inference-profile id (or the OpenAI-compatible model name)
 * @param modelRegion        modelRegion: Bedrock region; null for the stack's region
 * @param modelBaseUrl       modelBaseUrl: OpenAI-compatible base URL
 * @param apiKeySecretArn    apiKeySecretArn: secret holding the OpenAI-compatible API key
 * @param tokenBudget        tokenBudget: default tokens one run may spend; 0 for no limit
 * @param retentionDays      retentionDays: days run state lives (DynamoDB TTL and the {@code _datamind/runs/} rule)
 * @param inputRetentionDays inputRetentionDays: days an uploaded file stays in the input bucket; 0 keeps it
 * @param network            vpcId, subnetIds, securityGroupId: where the database-reading functions run; null for none
 * @param alarmTopicArn      alarmTopicArn: SNS topic the alarms notify; null for alarms without actions
 */
public record DataMindSettings(Path functionsJar, Path stateMachineDir, boolean distributedMap, String schedule,
                               List<String> sourceSecretArns, String sourceSecretPrefix, String describer,
                               String modelId, String modelRegion, String modelBaseUrl, String apiKeySecretArn,
                               long tokenBudget, int retentionDays, int inputRetentionDays, Network network,
                               String alarmTopicArn) {

    public static final String DEFAULT_MODEL = "anthropic.claude-3-haiku-20240307-v1:0";

    /** Private subnets (with a route to S3, DynamoDB, Secrets Manager, Step Functions) and a security group. */
    public record Network(String vpcId, List<String> subnetIds, String securityGroupId) {
        public Network {
            if (subnetIds == null || subnetIds.isEmpty() || securityGroupId == null) {
                throw new IllegalArgumentException(
                        "context vpcId needs subnetIds (comma-separated) and securityGroupId as well");
            }
            subnetIds = List.copyOf(subnetIds);
        }
    }

    public DataMindSettings {
        sourceSecretArns = List.copyOf(sourceSecretArns);
        if (!List.of("heuristic", "bedrock", "openai").contains(describer)) {
            throw new IllegalArgumentException("context describer must be heuristic, bedrock or openai, got " + describer);
        }
        if (schedule != null && !schedule.matches("^(cron|rate)\\(.+\\)$")) {
            throw new IllegalArgumentException("context schedule must be cron(…) or rate(…), got " + schedule);
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("context retentionDays must be at least 1, got " + retentionDays);
        }
    }

    public boolean usesBedrock() {
        return "bedrock".equals(describer);
    }

    public static DataMindSettings fromContext(Node node) {
        return from(key -> {
            Object value = node.tryGetContext(key);
            return value == null ? null : value.toString();
        });
    }

    /** From a lookup of context values by key (null or blank: not set). */
    static DataMindSettings from(Function<String, String> lookup) {
        Function<String, String> context = key -> {
            String value = lookup.apply(key);
            return value == null || value.isBlank() ? null : value.trim();
        };
        String vpcId = context.apply("vpcId");
        return new DataMindSettings(
                Path.of(orDefault(context.apply("jar"), "../functions/target/datamind.jar")),
                Path.of(orDefault(context.apply("statemachineDir"), "../statemachine")),
                Boolean.parseBoolean(context.apply("distributedMap")),
                context.apply("schedule"),
                list(context.apply("sourceSecretArns")),
                orDefault(context.apply("sourceSecretPrefix"), "datamind/"),
                orDefault(context.apply("describer"), "heuristic"),
                orDefault(context.apply("modelId"), DEFAULT_MODEL),
                context.apply("modelRegion"),
                context.apply("modelBaseUrl"),
                context.apply("apiKeySecretArn"),
                number(context, "tokenBudget", 0),
                (int) number(context, "retentionDays", 30),
                (int) number(context, "inputRetentionDays", 90),
                vpcId == null ? null
                        : new Network(vpcId, list(context.apply("subnetIds")), context.apply("securityGroupId")),
                context.apply("alarmTopicArn"));
    }

    private static long number(Function<String, String> context, String key, long fallback) {
        String value = context.apply(key);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("context " + key + " must be a whole number, got " + value);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
