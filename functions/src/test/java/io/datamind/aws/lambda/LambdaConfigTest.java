package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.describe.llm.DescriberSetup;
import io.datamind.describe.llm.PriceTable;
import io.datamind.describe.llm.SamplePolicy;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The describer settings of a Lambda deployment, from its environment variables. */
class LambdaConfigTest {

    private static final Map<String, String> BASE = Map.of("DATAMIND_TABLE", "runs", "DATAMIND_DOCS_BUCKET", "docs");

    @Test
    void withoutDescriberVariablesTheHeuristicDescribes() {
        LambdaConfig.Describing describing = LambdaConfig.fromEnvironment(BASE).describing();

        assertThat(describing).isEqualTo(new LambdaConfig.Describing(DescriberSetup.Kind.HEURISTIC, null, null, null, null,
                SamplePolicy.MASKED, 4, null, Duration.ofDays(30)));
    }

    @Test
    void everyDescriberVariableIsRead() {
        Map<String, String> env = new HashMap<>(BASE);
        env.putAll(Map.of("DATAMIND_DESCRIBER", "openai", "DATAMIND_MODEL", "gpt-4o-mini",
                "DATAMIND_MODEL_REGION", "eu-west-1", "DATAMIND_MODEL_BASE_URL", "https://api.openai.com/v1",
                "DATAMIND_API_KEY_SECRET", "datamind/openai-key", "DATAMIND_SAMPLES", "none",
                "DATAMIND_LLM_CONCURRENCY", "8", "DATAMIND_PRICE", "0.15,0.6", "DATAMIND_LLM_CACHE_DAYS", "7"));

        assertThat(LambdaConfig.fromEnvironment(env).describing()).isEqualTo(new LambdaConfig.Describing(
                DescriberSetup.Kind.OPENAI, "gpt-4o-mini", "eu-west-1", URI.create("https://api.openai.com/v1"),
                "datamind/openai-key", SamplePolicy.NONE, 8, new PriceTable(0.15, 0.6), Duration.ofDays(7)));
    }

    @Test
    void reviewLocationsAndTheBudgetAreRead() {
        Map<String, String> env = new HashMap<>(BASE);
        env.putAll(Map.of("DATAMIND_GLOSSARY", "s3://config/prompts/glossary.md",
                "DATAMIND_INSTRUCTIONS", "s3://config/prompts/instructions.md",
                "DATAMIND_OVERRIDES", "s3://config/review/descriptions.yaml", "DATAMIND_TOKEN_BUDGET", "250000"));

        LambdaConfig.Describing describing = LambdaConfig.fromEnvironment(env).describing();

        assertThat(describing.glossary()).isEqualTo(URI.create("s3://config/prompts/glossary.md"));
        assertThat(describing.instructions()).isEqualTo(URI.create("s3://config/prompts/instructions.md"));
        assertThat(describing.overrides()).isEqualTo(URI.create("s3://config/review/descriptions.yaml"));
        assertThat(describing.tokenBudget()).isEqualTo(250_000);
        assertThat(LambdaConfig.fromEnvironment(BASE).describing().tokenBudget()).isZero();
    }

    @Test
    void aReviewLocationOutsideS3FailsAtStartup() {
        Map<String, String> env = new HashMap<>(BASE);
        env.put("DATAMIND_OVERRIDES", "/etc/datamind/descriptions.yaml");

        assertThatThrownBy(() -> LambdaConfig.fromEnvironment(env))
                .hasMessage("DATAMIND_OVERRIDES must be an s3://bucket/key URI, got /etc/datamind/descriptions.yaml");
    }

    @Test
    void anUnknownDescriberFailsAtStartup() {
        Map<String, String> env = new HashMap<>(BASE);
        env.put("DATAMIND_DESCRIBER", "gpt");

        assertThatThrownBy(() -> LambdaConfig.fromEnvironment(env)).hasMessageContaining("unknown describer 'gpt'");
    }

    @Test
    void rowsPerProfileInvocationDefaultTo20MillionAndMayBeSet() {
        assertThat(LambdaConfig.fromEnvironment(BASE).profileRowsPerInvocation()).isEqualTo(20_000_000L);
        Map<String, String> env = new HashMap<>(BASE);
        env.put("DATAMIND_PROFILE_ROWS_PER_INVOCATION", " 5000000 ");
        assertThat(LambdaConfig.fromEnvironment(env).profileRowsPerInvocation()).isEqualTo(5_000_000L);
        env.put("DATAMIND_PROFILE_ROWS_PER_INVOCATION", "0");
        assertThatThrownBy(() -> LambdaConfig.fromEnvironment(env))
                .hasMessageContaining("DATAMIND_PROFILE_ROWS_PER_INVOCATION must be positive");
    }

    @Test
    void bytesPerProfileInvocationDefaultTo1GiBAndMayBeSet() {
        assertThat(LambdaConfig.fromEnvironment(BASE).profileBytesPerInvocation()).isEqualTo(1L << 30);
        Map<String, String> env = new HashMap<>(BASE);
        env.put("DATAMIND_PROFILE_BYTES_PER_INVOCATION", " 268435456 ");
        assertThat(LambdaConfig.fromEnvironment(env).sliceBudget().bytesPerInvocation()).isEqualTo(268_435_456L);
        env.put("DATAMIND_PROFILE_BYTES_PER_INVOCATION", "0");
        assertThatThrownBy(() -> LambdaConfig.fromEnvironment(env))
                .hasMessageContaining("DATAMIND_PROFILE_BYTES_PER_INVOCATION must be positive");
    }
}
