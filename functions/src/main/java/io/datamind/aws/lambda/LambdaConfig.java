package io.datamind.aws.lambda;

import io.datamind.describe.llm.DescriberSetup;
import io.datamind.describe.llm.PriceTable;
import io.datamind.describe.llm.SamplePolicy;
import io.datamind.pipeline.SliceBudget;
import io.datamind.pipeline.remote.SlicedProfileSteps;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The handlers' settings, from environment variables (documented in README.md, "Cloud architecture").
 *
 * @param table          DATAMIND_TABLE: the DynamoDB run store table
 * @param docsBucket     DATAMIND_DOCS_BUCKET: documentation bucket; also holds run artifacts under {@code _datamind/}
 * @param sources        DATAMIND_SOURCES: the sources registry, {@code s3://bucket/key.yaml}
 * @param retentionDays  DATAMIND_RETENTION_DAYS: how long run state lives (DynamoDB TTL), default 30
 * @param secretCacheTtl DATAMIND_SECRET_CACHE_SECONDS: how long a secret is cached per container, default 300
 * @param describing     the DATAMIND_DESCRIBER, DATAMIND_MODEL… variables: how the describe step writes descriptions
 * @param eventBus       DATAMIND_EVENT_BUS: the EventBridge bus DataMind announces on (drift), default {@code default}
 * @param profileRowsPerInvocation DATAMIND_PROFILE_ROWS_PER_INVOCATION: a table profiled in full with more estimated
 *                       rows is split across ProfileSlice invocations, default 20,000,000 (run option
 *                       profileRowsPerInvocation wins)
 * @param profileBytesPerInvocation DATAMIND_PROFILE_BYTES_PER_INVOCATION: an uncompressed CSV, TSV or JSON Lines file
 *                       profiled in full with more bytes is split into byte ranges across ProfileSlice invocations,
 *                       default 1 GiB (run option profileBytesPerInvocation wins)
 */
public record LambdaConfig(String table, String docsBucket, URI sources, int retentionDays, Duration secretCacheTtl,
                           Describing describing, String eventBus, long profileRowsPerInvocation,
                           long profileBytesPerInvocation) {

    public LambdaConfig {
        eventBus = eventBus == null || eventBus.isBlank() ? DEFAULT_EVENT_BUS : eventBus.trim();
        if (profileRowsPerInvocation < 1) {
            throw new IllegalArgumentException("DATAMIND_PROFILE_ROWS_PER_INVOCATION must be positive, got "
                    + profileRowsPerInvocation);
        }
        if (profileBytesPerInvocation < 1) {
            throw new IllegalArgumentException("DATAMIND_PROFILE_BYTES_PER_INVOCATION must be positive, got "
                    + profileBytesPerInvocation);
        }
    }

    public LambdaConfig(String table, String docsBucket, URI sources, int retentionDays, Duration secretCacheTtl,
                        Describing describing, String eventBus, long profileRowsPerInvocation) {
        this(table, docsBucket, sources, retentionDays, secretCacheTtl, describing, eventBus, profileRowsPerInvocation,
                SlicedProfileSteps.DEFAULT_BYTES_PER_INVOCATION);
    }

    /** The rows and bytes one ProfileSlice invocation reads by default. */
    public SliceBudget sliceBudget() {
        return new SliceBudget(profileRowsPerInvocation, profileBytesPerInvocation);
    }

    public LambdaConfig(String table, String docsBucket, URI sources, int retentionDays, Duration secretCacheTtl,
                        Describing describing, String eventBus) {
        this(table, docsBucket, sources, retentionDays, secretCacheTtl, describing, eventBus,
                SlicedProfileSteps.DEFAULT_ROWS_PER_INVOCATION);
    }

    public LambdaConfig(String table, String docsBucket, URI sources, int retentionDays, Duration secretCacheTtl,
                        Describing describing) {
        this(table, docsBucket, sources, retentionDays, secretCacheTtl, describing, null);
    }

    public static final String DEFAULT_EVENT_BUS = "default";

    /**
     * @param kind          DATAMIND_DESCRIBER: heuristic (default), bedrock or openai
     * @param model         DATAMIND_MODEL: Bedrock model id or OpenAI-compatible model name
     * @param region        DATAMIND_MODEL_REGION: Bedrock region; null for the Lambda's own region
     * @param baseUrl       DATAMIND_MODEL_BASE_URL: OpenAI-compatible base URL, or a Bedrock endpoint override
     * @param apiKeySecret  DATAMIND_API_KEY_SECRET: Secrets Manager secret id holding the OpenAI-compatible API key
     * @param samples       DATAMIND_SAMPLES: none, masked (default) or raw
     * @param concurrency   DATAMIND_LLM_CONCURRENCY: model calls in flight at once per container, default 4
     * @param prices        DATAMIND_PRICE: "IN,OUT" dollars per million tokens; null for no cost estimate
     * @param cacheTtl      DATAMIND_LLM_CACHE_DAYS: how long model answers stay in the DynamoDB cache, default 30
     * @param glossary      DATAMIND_GLOSSARY: {@code s3://bucket/key} of a glossary added to every prompt; null for none
     * @param instructions  DATAMIND_INSTRUCTIONS: {@code s3://bucket/key} of custom prompt instructions; null for none
     * @param overrides     DATAMIND_OVERRIDES: {@code s3://bucket/key} of reviewed descriptions (YAML); null for none
     * @param tokenBudget   DATAMIND_TOKEN_BUDGET: default per-run token budget (run option tokenBudget wins); 0 for none
     */
    public record Describing(DescriberSetup.Kind kind, String model, String region, URI baseUrl, String apiKeySecret,
                             SamplePolicy samples, int concurrency, PriceTable prices, Duration cacheTtl,
                             URI glossary, URI instructions, URI overrides, long tokenBudget) {

        public Describing {
            if (tokenBudget < 0) {
                throw new IllegalArgumentException("DATAMIND_TOKEN_BUDGET must not be negative, got " + tokenBudget);
            }
        }

        /** Without prompt texts, reviewed descriptions or a budget. */
        public Describing(DescriberSetup.Kind kind, String model, String region, URI baseUrl, String apiKeySecret,
                          SamplePolicy samples, int concurrency, PriceTable prices, Duration cacheTtl) {
            this(kind, model, region, baseUrl, apiKeySecret, samples, concurrency, prices, cacheTtl, null, null, null, 0);
        }

        public static Describing fromEnvironment(Map<String, String> env) {
            String baseUrl = optional(env, "DATAMIND_MODEL_BASE_URL");
            String price = optional(env, "DATAMIND_PRICE");
            return new Describing(
                    DescriberSetup.Kind.parse(env.getOrDefault("DATAMIND_DESCRIBER", "heuristic")),
                    optional(env, "DATAMIND_MODEL"),
                    optional(env, "DATAMIND_MODEL_REGION"),
                    baseUrl == null ? null : URI.create(baseUrl),
                    optional(env, "DATAMIND_API_KEY_SECRET"),
                    SamplePolicy.parse(env.getOrDefault("DATAMIND_SAMPLES", "masked")),
                    Integer.parseInt(env.getOrDefault("DATAMIND_LLM_CONCURRENCY", "4")),
                    price == null ? null : PriceTable.parse(price),
                    Duration.ofDays(Long.parseLong(env.getOrDefault("DATAMIND_LLM_CACHE_DAYS", "30"))),
                    s3Location(env, "DATAMIND_GLOSSARY"),
                    s3Location(env, "DATAMIND_INSTRUCTIONS"),
                    s3Location(env, "DATAMIND_OVERRIDES"),
                    Long.parseLong(env.getOrDefault("DATAMIND_TOKEN_BUDGET", "0").trim()));
        }

        /** Checked at startup; whether the object exists is checked on the first describe. */
        private static URI s3Location(Map<String, String> env, String name) {
            String value = optional(env, name);
            if (value == null) {
                return null;
            }
            URI location = URI.create(value);
            if (!"s3".equals(location.getScheme()) || location.getHost() == null || location.getPath().length() < 2) {
                throw new IllegalStateException(name + " must be an s3://bucket/key URI, got " + value);
            }
            return location;
        }
    }

    /** Run artifacts and overflow payloads live under this prefix; it cannot collide with a source id. */
    public static final String STATE_PREFIX = "_datamind";

    public static LambdaConfig fromEnvironment(Map<String, String> env) {
        String bucket = required(env, "DATAMIND_DOCS_BUCKET");
        String sources = env.getOrDefault("DATAMIND_SOURCES", "");
        return new LambdaConfig(
                required(env, "DATAMIND_TABLE"),
                bucket,
                URI.create(sources.isBlank() ? "s3://" + bucket + "/config/sources.yaml" : sources),
                Integer.parseInt(env.getOrDefault("DATAMIND_RETENTION_DAYS", "30")),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("DATAMIND_SECRET_CACHE_SECONDS", "300"))),
                Describing.fromEnvironment(env),
                env.get("DATAMIND_EVENT_BUS"),
                Long.parseLong(env.getOrDefault("DATAMIND_PROFILE_ROWS_PER_INVOCATION",
                        Long.toString(SlicedProfileSteps.DEFAULT_ROWS_PER_INVOCATION)).trim()),
                Long.parseLong(env.getOrDefault("DATAMIND_PROFILE_BYTES_PER_INVOCATION",
                        Long.toString(SlicedProfileSteps.DEFAULT_BYTES_PER_INVOCATION)).trim()));
    }

    private static String optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
