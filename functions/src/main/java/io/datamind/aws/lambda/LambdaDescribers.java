package io.datamind.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.aws.S3TextObject;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The describers of one container: the configured one (model answers cached in the run table, with TTL) built on
 * the first describe that needs it, so neither the API key nor a model client lands in a SnapStart snapshot; and
 * the offline one for runs whose options ask for {@code describer: heuristic}. The API key is read once per
 * container and never logged. Glossary, instructions and reviewed descriptions come from S3, re-read at most every
 * {@link #REVIEW_MAX_AGE}; both describers are rebuilt when one of them changed.
 */
final class LambdaDescribers implements RunDescribers {

    static final Duration REVIEW_MAX_AGE = Duration.ofMinutes(5);

    /** What the prompts and the reviewed overrides say; describers are rebuilt when this changes. */
    private record Review(String glossary, String instructions, DescriptionOverrides overrides) {
    }

    private final LambdaConfig config;
    private final DynamoDbClient dynamoDb;
    private final SecretsManagerClient secrets;
    private final Clock clock;
    private final S3TextObject glossary;
    private final S3TextObject instructions;
    private final S3TextObject overridesYaml;
    private Review builtFor;
    private String overridesText;  // what parsedOverrides was parsed from
    private DescriptionOverrides parsedOverrides = DescriptionOverrides.NONE;
    private DescriberSetup.Built offline;
    private DescriberSetup.Built configured;
    private String apiKey;

    LambdaDescribers(LambdaConfig config, S3Client s3, DynamoDbClient dynamoDb, SecretsManagerClient secrets, Clock clock) {
        this.config = config;
        this.dynamoDb = dynamoDb;
        this.secrets = secrets;
        this.clock = clock;
        LambdaConfig.Describing describing = config.describing();
        this.glossary = text(s3, "DATAMIND_GLOSSARY", describing.glossary());
        this.instructions = text(s3, "DATAMIND_INSTRUCTIONS", describing.instructions());
        this.overridesYaml = text(s3, "DATAMIND_OVERRIDES", describing.overrides());
    }

    @Override
    public synchronized DescriberSetup.Built forRun(RequestOptions options) {
        Review review = review();
        if (!review.equals(builtFor)) {
            offline = null;
            configured = null;
            builtFor = review;
        }
        if (config.describing().kind() == DescriberSetup.Kind.HEURISTIC || options.offlineDescriber()) {
            if (offline == null) {
                offline = new DescriberSetup().build(setup(DescriberSetup.Kind.HEURISTIC, null, DescriptionCache.NONE, review));
            }
            return offline;
        }
        if (configured == null) {
            LambdaConfig.Describing describing = config.describing();
            configured = new DescriberSetup().build(setup(describing.kind(), apiKey(),
                    new DynamoDbDescriptionCache(dynamoDb, config.table(), describing.cacheTtl(), clock), review));
        }
        return configured;
    }

    @Override
    public long tokenBudget(RequestOptions options) {
        return options.tokenBudget() != null ? options.tokenBudget() : config.describing().tokenBudget();
    }

    private Review review() {
        return new Review(textOf(glossary), textOf(instructions), overrides());
    }

    private DescriptionOverrides overrides() {
        String text = textOf(overridesYaml);
        if (!Objects.equals(text, overridesText)) {
            try {
                parsedOverrides = text == null ? DescriptionOverrides.NONE
                        : DescriptionOverrides.parse(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("DATAMIND_OVERRIDES: " + overridesYaml.location()
                        + " is not valid reviewed-descriptions YAML: " + e.getMessage(), e);
            }
            overridesText = text;
        }
        return parsedOverrides;
    }

    private DescriberSetup.Config setup(DescriberSetup.Kind kind, String key, DescriptionCache cache, Review review) {
        LambdaConfig.Describing describing = config.describing();
        // the budget is the run's, kept in the run store and checked per table by TableSteps, not per container
        return new DescriberSetup.Config(kind, describing.model(), describing.region(), describing.baseUrl(), key,
                describing.samples(), review.glossary(), review.instructions(), review.overrides(),
                LlmSettings.DEFAULTS.withConcurrency(describing.concurrency()), cache, describing.prices(),
                RetryPolicy.DEFAULT);
    }

    private S3TextObject text(S3Client s3, String setting, URI location) {
        return location == null ? null : new S3TextObject(s3, setting, location, REVIEW_MAX_AGE, clock);
    }

    private static String textOf(S3TextObject object) {
        if (object == null) {
            return null;
        }
        String text = object.text();
        return text.isBlank() ? null : text.strip();
    }

    /** Read once per container. */
    private String apiKey() {
        if (apiKey == null) {
            apiKey = readApiKey(config.describing().apiKeySecret());
        }
        return apiKey;
    }

    /** The secret holds the key itself or a JSON object with an {@code apiKey} field. */
    private String readApiKey(String secretId) {
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
