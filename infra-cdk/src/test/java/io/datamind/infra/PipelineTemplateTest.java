package io.datamind.infra;

import static io.datamind.infra.SynthesizedStack.json;
import static io.datamind.infra.SynthesizedStack.map;
import static io.datamind.infra.SynthesizedStack.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The state machine, its placeholders, and what starts it: the upload notification, the schedule, the API. */
class PipelineTemplateTest {

    private final SynthesizedStack stack = SynthesizedStack.get();

    private Map<String, Object> stateMachine() {
        Map<String, Map<String, Object>> machines = stack.ofType("AWS::StepFunctions::StateMachine");
        assertThat(machines).hasSize(1);
        return properties(machines.values().iterator().next());
    }

    @Test
    void everyPlaceholderOfTheDefinitionIsSubstitutedWithTheLiveAliasOfItsFunction() throws IOException {
        Map<String, Object> substitutions = map(stateMachine().get("DefinitionSubstitutions"));
        assertThat(substitutions.keySet()).isEqualTo(placeholdersIn(Path.of("../statemachine/datamind.asl.json")));
        Map<String, Map<String, Object>> aliases = stack.ofType("AWS::Lambda::Alias");
        Map<String, Map<String, Object>> functions = stack.ofType("AWS::Lambda::Function");
        for (Step step : Arrays.stream(Step.values()).filter(Step::inStateMachine).toList()) {
            String aliasId = map(substitutions.get(step.placeholder())).get("Ref").toString();
            assertThat(aliases).as(step.placeholder()).containsKey(aliasId);
            String functionId = map(properties(aliases.get(aliasId)).get("FunctionName")).get("Ref").toString();
            assertThat(properties(functions.get(functionId)).get("Handler")).isEqualTo(step.handler());
        }
    }

    @Test
    void theDefinitionIsTheRepositorysFileLoggedAndTraced() throws IOException {
        Map<String, Object> machine = stateMachine();
        assertThat(machine.get("DefinitionString"))
                .isEqualTo(Files.readString(Path.of("../statemachine/datamind.asl.json")));
        assertThat(map(machine.get("LoggingConfiguration")).get("Level")).isEqualTo("ALL");
        assertThat(map(machine.get("LoggingConfiguration"))).containsKey("Destinations");
        assertThat(machine.get("TracingConfiguration")).isEqualTo(Map.of("Enabled", true));
        assertThat(machine.get("StateMachineType")).isEqualTo("STANDARD");
    }

    @Test
    void uploadsUnderIncomingNotifyTheTriggersAlias() {
        Map<String, Object> notifications = properties(stack.ofType("Custom::S3BucketNotifications").values()
                .iterator().next());
        String config = json(map(notifications.get("NotificationConfiguration")));
        assertThat(config).contains("\"Events\":[\"s3:ObjectCreated:*\"]")
                .contains("{\"Name\":\"prefix\",\"Value\":\"incoming/\"}")
                .contains("EntryS3UploadTriggerAlias");
        assertThat(json(notifications.get("BucketName"))).contains("StorageInput");
    }

    @Test
    void theScheduleFromContextInvokesTheScheduleAlias() {
        Map<String, Map<String, Object>> rules = stack.ofType("AWS::Events::Rule");
        assertThat(rules).hasSize(1);
        Map<String, Object> rule = properties(rules.values().iterator().next());
        assertThat(rule.get("ScheduleExpression")).isEqualTo(SynthesizedStack.SCHEDULE);
        assertThat(json(rule.get("Targets"))).contains("EntryScheduleAlias");
    }

    @Test
    void everyApiMethodNeedsASigV4SignatureAndIsValidatedThrottledAndLogged() {
        Map<String, Map<String, Object>> methods = stack.ofType("AWS::ApiGateway::Method");
        assertThat(methods).hasSize(2); // ANY on / and on /{proxy+}
        for (Map<String, Object> method : methods.values()) {
            Map<String, Object> props = properties(method);
            assertThat(props.get("AuthorizationType")).isEqualTo("AWS_IAM");
            assertThat(props).containsKey("RequestValidatorId");
            assertThat(json(props.get("Integration"))).contains("EntryApiAlias").contains("AWS_PROXY");
        }
        Map<String, Object> stage = properties(stack.ofType("AWS::ApiGateway::Stage").values().iterator().next());
        assertThat(stage).containsKey("AccessLogSetting");
        assertThat(stage.get("TracingEnabled")).isEqualTo(true);
        String settings = json(stage.get("MethodSettings"));
        assertThat(settings).contains("\"ThrottlingRateLimit\":10").contains("\"ThrottlingBurstLimit\":20");
    }

    private static Set<String> placeholdersIn(Path definition) throws IOException {
        Matcher matcher = Pattern.compile("\\$\\{([^}]*)}").matcher(Files.readString(definition));
        return matcher.results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}
