package io.datamind.infra;

import static io.datamind.infra.SynthesizedStack.json;
import static io.datamind.infra.SynthesizedStack.map;
import static io.datamind.infra.SynthesizedStack.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

/** A deployment with no context but {@code distributedMap=true}: what the defaults leave out or narrow. */
class DefaultDeploymentTest {

    private final SynthesizedStack stack = SynthesizedStack.defaults();

    private String policies() {
        return json(stack.ofType("AWS::IAM::Policy"));
    }

    @Test
    void cdkNagFindsNoUnsuppressedErrorInTheDefaultsEither() {
        assertThat(stack.annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")))
                .extracting(e -> e.getId() + ": " + e.getEntry().getData()).isEmpty();
    }

    @Test
    void withoutAModelNoFunctionMayInvokeBedrockAndSecretsAreReadByTheDatamindPrefix() {
        assertThat(policies()).doesNotContain("bedrock:");
        assertThat(policies()).contains(":secret:datamind/*\"");
    }

    @Test
    void withoutContextThereIsNoScheduleRuleNoVpcAndNoAlarmAction() {
        assertThat(stack.ofType("AWS::Events::Rule")).isEmpty();
        for (Map<String, Object> function : stack.ofType("AWS::Lambda::Function").values()) {
            assertThat(properties(function)).doesNotContainKey("VpcConfig");
        }
        for (Map<String, Object> alarm : stack.ofType("AWS::CloudWatch::Alarm").values()) {
            assertThat(properties(alarm)).doesNotContainKey("AlarmActions");
        }
    }

    @Test
    void theDistributedMapMayRunOnlyItsOwnChildExecutionsAndReadOnlyRunState() throws IOException {
        Map<String, Object> machine = properties(stack.ofType("AWS::StepFunctions::StateMachine").values()
                .iterator().next());
        assertThat(machine.get("DefinitionString"))
                .isEqualTo(Files.readString(Path.of("../statemachine/datamind-distributed.asl.json")));
        assertThat(map(machine.get("DefinitionSubstitutions"))).hasSize(9);
        String role = json(stack.ofType("AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getKey().startsWith("PipelineStateMachineRole")).findFirst().orElseThrow().getValue());
        assertThat(role).contains("\"Action\":\"states:StartExecution\"")
                .contains(":stateMachine:DataMind-pipeline\"")
                .contains("[\"states:DescribeExecution\",\"states:StopExecution\"]")
                .contains(":execution:DataMind-pipeline:*\"")
                .contains("\"Action\":\"s3:GetObject\"").contains("/_datamind/runs/*\"");
    }
}
