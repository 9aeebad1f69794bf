package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API function's settings, from its environment variables. */
class ApiConfigTest {

    private static final String STATE_MACHINE = "arn:aws:states:eu-west-1:123456789012:stateMachine:datamind";

    @Test
    void readsThePipelineVariablesAndItsOwn() {
        ApiConfig config = ApiConfig.fromEnvironment(env(Map.of("DATAMIND_STATE_MACHINE_ARN", STATE_MACHINE,
                "DATAMIND_INPUT_BUCKET", " datamind-input ", "DATAMIND_API_LINK_SECONDS", "120")));

        assertThat(config.stateMachineArn()).isEqualTo(STATE_MACHINE);
        assertThat(config.inputBucket()).isEqualTo("datamind-input");
        assertThat(config.linkTtl()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.pipeline().table()).isEqualTo("runs");
        assertThat(config.pipeline().sources()).isEqualTo(URI.create("s3://docs/config/sources.yaml"));
    }

    @Test
    void withoutAnInputBucketFileRunsAreRefusedAndLinksLastFifteenMinutes() {
        ApiConfig config = ApiConfig.fromEnvironment(env(Map.of("DATAMIND_STATE_MACHINE_ARN", STATE_MACHINE)));

        assertThat(config.inputBucket()).isNull();
        assertThat(config.linkTtl()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aMissingStateMachineOrAnImpossibleLinkLifetimeIsNamed() {
        assertThatThrownBy(() -> ApiConfig.fromEnvironment(env(Map.of())))
                .hasMessage("environment variable DATAMIND_STATE_MACHINE_ARN is not set");
        assertThatThrownBy(() -> ApiConfig.fromEnvironment(env(Map.of("DATAMIND_STATE_MACHINE_ARN", STATE_MACHINE,
                "DATAMIND_API_LINK_SECONDS", "864000"))))
                .hasMessageContaining("DATAMIND_API_LINK_SECONDS must be between 1 and 604800");
    }

    private static Map<String, String> env(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("DATAMIND_TABLE", "runs", "DATAMIND_DOCS_BUCKET", "docs"));
        env.putAll(extra);
        return env;
    }
}
