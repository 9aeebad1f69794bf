package io.datamind.cli;

import io.datamind.aws.AwsClients;
import io.datamind.describe.llm.DescriberSetup;
import io.datamind.describe.llm.LlmSettings;
import io.datamind.describe.llm.PriceTable;
import io.datamind.describe.llm.RetryPolicy;
import io.datamind.describe.llm.SamplePolicy;
import io.datamind.describe.llm.cache.DescriptionCache;
import io.datamind.describe.llm.cache.FolderDescriptionCache;
import io.datamind.describe.llm.review.DescriptionOverrides;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the describe step shared by `demo` and `document`: which describer, and how a model may be used. */
final class DescriberSettings {

    @Option(names = "--describer", paramLabel = "KIND", defaultValue = "heuristic",
            description = "heuristic (offline, default), bedrock (Amazon Bedrock Converse) or openai (any OpenAI-compatible endpoint).")
    String describer;

    @Option(names = "--model", paramLabel = "ID", description = "Model id (Bedrock) or model name (OpenAI-compatible).")
    String model;

    @Option(names = "--region", paramLabel = "REGION", description = "Bedrock region (default: the AWS SDK's region chain).")
    String region;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "OpenAI-compatible base URL, e.g. https://api.openai.com/v1; for bedrock, an endpoint override.")
    URI baseUrl;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Environment variable holding the OpenAI-compatible API key.")
    String apiKeyEnv;

    @Option(names = "--api-key-secret", paramLabel = "SECRET_ID", description = "Secrets Manager secret holding the API key (instead of --api-key-env).")
    String apiKeySecret;

    @Option(names = "--samples", paramLabel = "MODE", defaultValue = "masked",
            description = "Column values sent to the model: none, masked (default; PII masked, secrets never) or raw.")
    String samples;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary of business terms included in every prompt.")
    Path glossary;

    @Option(names = "--instructions", paramLabel = "FILE", description = "Custom instructions included in every prompt.")
    Path instructions;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "Reviewed descriptions (YAML, see export-descriptions); they win over generated text.")
    Path overrides;

    @Option(names = "--token-budget", paramLabel = "N", defaultValue = "0",
            description = "Tokens the run may spend on the model; then the heuristic takes over (default: no limit).")
    long tokenBudget;

    @Option(names = "--llm-concurrency", paramLabel = "N",
            description = "Model calls in flight at once (default: --parallelism, so no table worker waits for a permit).")
    Integer llmConcurrency;

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".datamind-cache/descriptions",
            description = "Folder caching model answers per table fingerprint (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--price", paramLabel = "IN,OUT", description = "Dollars per million input,output tokens, for the cost estimate.")
    String price;

    /** @param parallelism tables documented at once: each waits for its own description, so more calls never help */
    DescriberSetup.Built build(int parallelism) {
        DescriberSetup.Kind kind = DescriberSetup.Kind.parse(describer);
        LlmSettings llm = LlmSettings.DEFAULTS.withConcurrency(llmConcurrency == null ? parallelism : llmConcurrency)
                .withTokenBudget(tokenBudget);
        DescriptionCache cache = kind == DescriberSetup.Kind.HEURISTIC ? DescriptionCache.NONE : new FolderDescriptionCache(cacheDir);
        return new DescriberSetup().build(new DescriberSetup.Config(kind, model, region, baseUrl, apiKey(kind),
                SamplePolicy.parse(samples), read(glossary, "--glossary"), read(instructions, "--instructions"),
                overrides(), llm, cache, price == null ? null : PriceTable.parse(price), RetryPolicy.DEFAULT));
    }

    private String apiKey(DescriberSetup.Kind kind) {
        if (kind != DescriberSetup.Kind.OPENAI) {
            return null;
        }
        if (apiKeyEnv != null) {
            String value = System.getenv(apiKeyEnv);
            if (value == null) {
                throw new IllegalArgumentException("--api-key-env: environment variable " + apiKeyEnv + " is not set");
            }
            return value;
        }
        if (apiKeySecret != null) {
            try (AwsClients aws = AwsClients.fromEnvironment()) {
                return aws.secretsManager().getSecretValue(get -> get.secretId(apiKeySecret)).secretString();
            }
        }
        return null;
    }

    private DescriptionOverrides overrides() {
        if (overrides == null) {
            return DescriptionOverrides.NONE;
        }
        try {
            return DescriptionOverrides.read(overrides);
        } catch (IOException e) {
            throw new IllegalArgumentException("--overrides: cannot read " + overrides + ": " + e.getMessage());
        }
    }

    private static String read(Path file, String option) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read " + file + ": " + e.getMessage());
        }
    }
}
