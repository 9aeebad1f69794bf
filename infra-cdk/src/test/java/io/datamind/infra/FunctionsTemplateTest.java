package io.datamind.infra;

import static io.datamind.infra.SynthesizedStack.map;
import static io.datamind.infra.SynthesizedStack.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Lambda functions: one per handler, java21 on arm64, SnapStart behind a live alias, traced, configured. */
class FunctionsTemplateTest {

    private final SynthesizedStack stack = SynthesizedStack.get();

    private Map<String, Map<String, Object>> javaFunctions() {
        return stack.ofType("AWS::Lambda::Function").entrySet().stream()
                .filter(e -> String.valueOf(properties(e.getValue()).get("Handler")).startsWith("io.datamind."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void everyHandlerHasItsOwnJava21Arm64FunctionWithSnapStartAndTracing() {
        Map<String, Map<String, Object>> functions = javaFunctions();
        assertThat(functions.values().stream().map(f -> properties(f).get("Handler")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Step.values()).map(Step::handler).toList())
                .contains("io.datamind.aws.lambda.S3UploadTriggerHandler::handleRequest",
                        "io.datamind.aws.lambda.ScheduleHandler::handleRequest",
                        "io.datamind.aws.lambda.ApiHandler::handleRequest");
        for (Map<String, Object> function : functions.values()) {
            Map<String, Object> props = properties(function);
            assertThat(props.get("Runtime")).isEqualTo("java21");
            assertThat(props.get("Architectures")).isEqualTo(List.of("arm64"));
            assertThat(props.get("SnapStart")).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
            assertThat(props.get("TracingConfig")).isEqualTo(Map.of("Mode", "Active"));
            assertThat(map(props.get("LoggingConfig"))).containsKey("LogGroup");
            assertThat(map(map(props.get("Code"))).get("S3Key").toString()).endsWith(".jar");
        }
        // the CDK's own bucket-notification handler is the only other function
        assertThat(stack.ofType("AWS::Lambda::Function")).hasSize(Step.values().length + 1);
    }

    @Test
    void memoryAndTimeoutFollowTheStep() {
        for (Step step : Step.values()) {
            Map<String, Object> props = propertiesOf(step);
            assertThat(props.get("MemorySize")).as(step.id()).isEqualTo(step.memoryMb());
            assertThat(props.get("Timeout")).as(step.id()).isEqualTo(step.timeout().toSeconds().intValue());
        }
        assertThat(propertiesOf(Step.PROFILE_TABLE).get("Timeout")).isEqualTo(900);
        assertThat((Integer) propertiesOf(Step.ASSEMBLE).get("MemorySize"))
                .isGreaterThan((Integer) propertiesOf(Step.RECORD_TABLE_FAILURE).get("MemorySize"));
    }

    @Test
    void everyFunctionIsInvokedThroughALiveAliasOnAPublishedVersion() {
        Map<String, Map<String, Object>> aliases = stack.ofType("AWS::Lambda::Alias");
        assertThat(aliases).hasSize(Step.values().length);
        assertThat(stack.ofType("AWS::Lambda::Version")).hasSize(Step.values().length);
        for (Map<String, Object> alias : aliases.values()) {
            Map<String, Object> props = properties(alias);
            assertThat(props.get("Name")).isEqualTo(DataMindFunction.ALIAS);
            String version = SynthesizedStack.json(props.get("FunctionVersion"));
            assertThat(version).contains("Fn::GetAtt").contains("Version");
            assertThat(javaFunctions()).containsKey(map(props.get("FunctionName")).get("Ref").toString());
        }
    }

    @Test
    void environmentCarriesWhatLambdaConfigAndTheEntryHandlersRead() {
        for (Step step : Step.values()) {
            Map<String, Object> env = map(map(propertiesOf(step).get("Environment")).get("Variables"));
            assertThat(env).as(step.id()).containsKeys("DATAMIND_TABLE", "DATAMIND_DOCS_BUCKET",
                    "DATAMIND_RETENTION_DAYS", "DATAMIND_DESCRIBER", "DATAMIND_MODEL", "POWERTOOLS_SERVICE_NAME");
            assertThat(env.get("POWERTOOLS_METRICS_NAMESPACE")).isEqualTo("DataMind");
            assertThat(env.get("DATAMIND_DESCRIBER")).isEqualTo("bedrock");
            assertThat(env.get("DATAMIND_MODEL")).isEqualTo(SynthesizedStack.MODEL);
            boolean entry = !step.inStateMachine();
            assertThat(env.containsKey("DATAMIND_STATE_MACHINE_ARN")).as(step.id()).isEqualTo(entry);
            assertThat(env.containsKey("DATAMIND_INPUT_BUCKET")).as(step.id()).isEqualTo(entry);
            assertThat(env.containsKey("DATAMIND_EVENT_BUS")).as(step.id())
                    .isEqualTo(entry || step == Step.ASSEMBLE);
        }
        Map<String, Object> triggerEnv = map(map(propertiesOf(Step.S3_UPLOAD_TRIGGER).get("Environment"))
                .get("Variables"));
        assertThat(SynthesizedStack.json(triggerEnv.get("DATAMIND_STATE_MACHINE_ARN")))
                .contains("PipelineStateMachine");
        assertThat(triggerEnv.get("DATAMIND_EVENT_BUS")).isEqualTo("default");
    }

    @Test
    void onlyTheStepsThatReadDatabasesRunInTheConfiguredSubnets() {
        for (Step step : Step.values()) {
            Object vpcConfig = propertiesOf(step).get("VpcConfig");
            if (step.readsDatabases()) {
                assertThat(map(vpcConfig).get("SubnetIds")).as(step.id())
                        .isEqualTo(List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"));
                assertThat(map(vpcConfig).get("SecurityGroupIds")).isEqualTo(List.of("sg-0123456789abcdef0"));
            } else {
                assertThat(vpcConfig).as(step.id()).isNull();
            }
        }
    }

    @Test
    void logsAreKeptForAMonthInEachFunctionsOwnLogGroup() {
        Map<String, Map<String, Object>> logGroups = stack.ofType("AWS::Logs::LogGroup");
        for (Step step : Step.values()) {
            String logGroup = map(map(propertiesOf(step).get("LoggingConfig")).get("LogGroup")).get("Ref").toString();
            assertThat(properties(logGroups.get(logGroup)).get("RetentionInDays")).isEqualTo(30);
        }
    }

    private Map<String, Object> propertiesOf(Step step) {
        return javaFunctions().values().stream().map(SynthesizedStack::properties)
                .filter(p -> step.handler().equals(p.get("Handler"))).findFirst().orElseThrow();
    }
}
