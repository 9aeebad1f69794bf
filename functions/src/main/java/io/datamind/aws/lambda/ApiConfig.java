package io.datamind.aws.lambda;

import java.time.Duration;
import java.util.Map;

/**
 * The API function's settings, from environment variables: the handlers' own (DATAMIND_TABLE, DATAMIND_DOCS_BUCKET,
 * DATAMIND_SOURCES…, see {@link LambdaConfig}) plus
 *
 * @param stateMachineArn DATAMIND_STATE_MACHINE_ARN: the documentation state machine POST /runs starts (required)
 * @param inputBucket     DATAMIND_INPUT_BUCKET: the only bucket file datasets may come from; null refuses file runs
 * @param linkTtl         DATAMIND_API_LINK_SECONDS: how long a presigned documentation URL works, default 900
 */
public record ApiConfig(LambdaConfig pipeline, String stateMachineArn, String inputBucket, Duration linkTtl) {

    public ApiConfig {
        if (linkTtl.isNegative() || linkTtl.isZero() || linkTtl.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalStateException("DATAMIND_API_LINK_SECONDS must be between 1 and 604800 (7 days, the most"
                    + " S3 accepts), got " + linkTtl.toSeconds());
        }
    }

    public static ApiConfig fromEnvironment(Map<String, String> env) {
        String stateMachine = env.get("DATAMIND_STATE_MACHINE_ARN");
        if (stateMachine == null || stateMachine.isBlank()) {
            throw new IllegalStateException("environment variable DATAMIND_STATE_MACHINE_ARN is not set");
        }
        String inputBucket = env.get("DATAMIND_INPUT_BUCKET");
        return new ApiConfig(LambdaConfig.fromEnvironment(env), stateMachine.trim(),
                inputBucket == null || inputBucket.isBlank() ? null : inputBucket.trim(),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("DATAMIND_API_LINK_SECONDS", "900").trim())));
    }
}
