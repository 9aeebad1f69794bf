package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerConfigTest {

    private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:datamind";

    @Test
    void theStateMachineIsRequiredAndTheBusDefaultsToTheAccountsDefault() {
        TriggerConfig config = TriggerConfig.fromEnvironment(Map.of("DATAMIND_STATE_MACHINE_ARN", ARN,
                "DATAMIND_EVENT_BUS", " "));

        assertThat(config).isEqualTo(new TriggerConfig(ARN, "default", null, null));
        assertThatThrownBy(() -> TriggerConfig.fromEnvironment(Map.of()))
                .hasMessage("environment variable DATAMIND_STATE_MACHINE_ARN is not set");
    }

    @Test
    void inputBucketBusAndManifestDatasetsAreRead() {
        TriggerConfig config = TriggerConfig.fromEnvironment(Map.of("DATAMIND_STATE_MACHINE_ARN", ARN,
                "DATAMIND_EVENT_BUS", "datamind", "DATAMIND_INPUT_BUCKET", "my-input",
                "DATAMIND_MANIFEST_DATASETS", "sales,clicks"));

        assertThat(config).isEqualTo(new TriggerConfig(ARN, "datamind", "my-input", "sales,clicks"));
    }
}
