package io.datamind.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Template;

/**
 * The stack synthesised once for all tests (synthesis runs on Node.js through jsii and takes tens of seconds):
 * {@link #get()} with every optional feature switched on, {@link #defaults()} with no context but the Distributed
 * Map, so between them the assertions see each code path. `cdk synth` in CI checks the plain defaults again
 * with cdk-nag and cfn-lint.
 */
final class SynthesizedStack {

    static final String SCHEDULE = "cron(0 3 * * ? *)";
    static final String MODEL = "us.anthropic.claude-3-5-haiku-20241022-v1:0";
    static final List<String> SECRETS = List.of(
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:datamind/shop-AbCdEf",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:datamind/hr-GhIjKl");
    static final String ALARM_TOPIC = "arn:aws:sns:eu-west-1:123456789012:datamind-alarms";

    private static SynthesizedStack instance;
    private static SynthesizedStack defaults;

    final Template template;
    final Annotations annotations;
    final Map<String, Object> resources;

    private SynthesizedStack(Map<String, Object> context) {
        App app = new App(AppProps.builder().context(context).build());
        DataMindStack stack = DataMindApp.build(app);
        template = Template.fromStack(stack);
        annotations = Annotations.fromStack(stack);
        resources = map(template.toJSON().get("Resources"));
    }

    private static Map<String, Object> jar() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("jar", System.getProperty("datamind.jar", "../functions/target/datamind.jar"));
        return context;
    }

    private static Map<String, Object> everyOption() {
        Map<String, Object> context = jar();
        context.put("schedule", SCHEDULE);
        context.put("describer", "bedrock");
        context.put("modelId", MODEL);
        context.put("sourceSecretArns", String.join(",", SECRETS));
        context.put("vpcId", "vpc-0123456789abcdef0");
        context.put("subnetIds", "subnet-0aaaaaaaaaaaaaaa1,subnet-0bbbbbbbbbbbbbbb2");
        context.put("securityGroupId", "sg-0123456789abcdef0");
        context.put("alarmTopicArn", ALARM_TOPIC);
        return context;
    }

    /** Bedrock with a cross-region profile, listed secrets, VPC, schedule, alarm topic; the inline Map. */
    static synchronized SynthesizedStack get() {
        if (instance == null) {
            instance = new SynthesizedStack(everyOption());
        }
        return instance;
    }

    /** No context (heuristic describer, secrets by prefix, no VPC, no schedule) but the Distributed Map. */
    static synchronized SynthesizedStack defaults() {
        if (defaults == null) {
            Map<String, Object> context = jar();
            context.put("distributedMap", "true");
            defaults = new SynthesizedStack(context);
        }
        return defaults;
    }

    /** Logical id → resource of the given CloudFormation type. */
    Map<String, Map<String, Object>> ofType(String type) {
        return resources.entrySet().stream()
                .filter(e -> type.equals(map(e.getValue()).get("Type")))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> map(e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    static Map<String, Object> properties(Map<String, Object> resource) {
        return map(resource.get("Properties"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of(value);
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
