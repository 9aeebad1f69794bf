package io.datamind.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.describe.llm.DescriberSetup;
import io.datamind.describe.llm.LlmSettings;
import io.datamind.describe.llm.RetryPolicy;
import io.datamind.describe.llm.cache.DescriptionCache;
import io.datamind.describe.llm.cache.DynamoDbDescriptionCache;
import io.datamind.describe.llm.review.DescriptionOverrides;
import io.datamind.docs.Json;
import io.datamind.pipeline.remote.RequestOptions;
import io.datamind.pipeline.remote.RunDescribers;
import java.io.IOException;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The describers of one container: the configured one (model answers cached in the run table, with TTL) built on
 * the first describe that needs it, so neither the API key nor a model client lands in a SnapStart snapshot; and
 * the offline one for runs whose options ask for {@code describer: heuristic}. The API key is read once per
 * container and never logged.
 */
final class LambdaDescribers implements RunDescribers {

    private final LambdaConfig config;
    private final DynamoDbClient dynamoDb;
    private final SecretsManagerClient secrets;
    private final Clock clock;
    private final DescriberSetup.Built offline;
    private DescriberSetup.Built configured;

    LambdaDescribers(LambdaConfig config, DynamoDbClient dynamoDb, SecretsManagerClient secrets, Clock clock) {
        this.config = config;
        this.dynamoDb = dynamoDb;
        this.secrets = secrets;
        this.clock = clock;
        this.offline = new DescriberSetup().build(setup(DescriberSetup.Kind.HEURISTIC, null, DescriptionCache.NONE));
    }

    @Override
    public DescriberSetup.Built forRun(RequestOptions options) {
        if (config.describing().kind() == DescriberSetup.Kind.HEURISTIC || options.offlineDescriber()) {
            return offline;
        }
        return configured();
    }

    private synchronized DescriberSetup.Built configured() {
        if (configured == null) {
            LambdaConfig.Describing describing = config.describing();
            configured = new DescriberSetup().build(setup(describing.kind(), apiKey(describing.apiKeySecret()),
                    new DynamoDbDescriptionCache(dynamoDb, config.table(), describing.cacheTtl(), clock)));
        }
        return configured;
    }

    private DescriberSetup.Config setup(DescriberSetup.Kind kind, String apiKey, DescriptionCache cache) {
        LambdaConfig.Describing describing = config.describing();
        return new DescriberSetup.Config(kind, describing.model(), describing.region(), describing.baseUrl(), apiKey,
                describing.samples(), null, null, DescriptionOverrides.NONE,
                LlmSettings.DEFAULTS.withConcurrency(describing.concurrency()), cache, describing.prices(),
                RetryPolicy.DEFAULT);
    }

    /** The secret holds the key itself or a JSON object with an {@code apiKey} field. */
    private String apiKey(String secretId) {
        if (secretId == null) {
            return null;
        }
        String value = secrets.getSecretValue(get -> get.secretId(secretId)).secretString();
        if (value == null) {
            throw new IllegalStateException("secret " + secretId + " has no string value");
        }
        String trimmed = value.trim();
        if (!trimmed.startsWith("{")) {
            return trimmed;
        }
        try {
            JsonNode key = Json.mapper().readTree(trimmed).path("apiKey");
            if (!key.isTextual()) {
                throw new IllegalStateException("secret " + secretId + " is a JSON object without an apiKey field");
            }
            return key.asText();
        } catch (IOException e) {
            // the parser's message may quote the secret: left out on purpose
            throw new IllegalStateException("secret " + secretId + " is neither a key nor a JSON object with apiKey");
        }
    }
}
