package io.datamind.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Context keys → settings, without a synthesis. */
class DataMindSettingsTest {

    private static DataMindSettings settings(Map<String, String> context) {
        return DataMindSettings.from(context::get);
    }

    @Test
    void withoutContextTheDeploymentIsHeuristicUnscheduledAndReadsSecretsByPrefix() {
        DataMindSettings settings = settings(Map.of());
        assertThat(settings.describer()).isEqualTo("heuristic");
        assertThat(settings.usesBedrock()).isFalse();
        assertThat(settings.modelId()).isEqualTo(DataMindSettings.DEFAULT_MODEL);
        assertThat(settings.schedule()).isNull();
        assertThat(settings.sourceSecretArns()).isEmpty();
        assertThat(settings.sourceSecretPrefix()).isEqualTo("datamind/");
        assertThat(settings.retentionDays()).isEqualTo(30);
        assertThat(settings.network()).isNull();
        assertThat(settings.distributedMap()).isFalse();
        assertThat(settings.functionsJar()).isEqualTo(Path.of("../functions/target/datamind.jar"));
    }

    @Test
    void listsAreCommaSeparatedAndBlankValuesCountAsUnset() {
        DataMindSettings settings = settings(Map.of("sourceSecretArns", " arn:a , arn:b ,", "schedule", "  ",
                "vpcId", "vpc-1", "subnetIds", "subnet-1,subnet-2", "securityGroupId", "sg-1",
                "distributedMap", "true"));
        assertThat(settings.sourceSecretArns()).containsExactly("arn:a", "arn:b");
        assertThat(settings.schedule()).isNull();
        assertThat(settings.network().subnetIds()).containsExactly("subnet-1", "subnet-2");
        assertThat(settings.distributedMap()).isTrue();
    }

    @Test
    void badValuesAreRejectedNamingTheContextKey() {
        assertThatThrownBy(() -> settings(Map.of("describer", "gpt")))
                .hasMessageContaining("context describer").hasMessageContaining("gpt");
        assertThatThrownBy(() -> settings(Map.of("schedule", "0 3 * * *")))
                .hasMessageContaining("context schedule").hasMessageContaining("cron(");
        assertThatThrownBy(() -> settings(Map.of("vpcId", "vpc-1", "securityGroupId", "sg-1")))
                .hasMessageContaining("subnetIds");
        assertThatThrownBy(() -> settings(Map.of("retentionDays", "0")))
                .hasMessageContaining("context retentionDays");
        assertThat(settings(Map.of("schedule", "rate(1 day)")).schedule()).isEqualTo("rate(1 day)");
        assertThat(settings(Map.of("describer", "bedrock")).usesBedrock()).isTrue();
        assertThatThrownBy(() -> settings(Map.of("tokenBudget", "lots")))
                .hasMessageContaining("context tokenBudget").hasMessageContaining("lots");
    }
}
