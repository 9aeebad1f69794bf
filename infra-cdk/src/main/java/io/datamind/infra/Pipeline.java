package io.datamind.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The Step Functions state machine from {@code statemachine/datamind.asl.json} (or the Distributed Map variant),
 * its {@code ${…FunctionArn}} placeholders substituted with the functions' {@code live} aliases so every
 * invocation runs the SnapStart snapshot. Logs every event, traced with X-Ray.
 */
public final class Pipeline extends Construct {

    static final String INLINE_DEFINITION = "datamind.asl.json";
    static final String DISTRIBUTED_DEFINITION = "datamind-distributed.asl.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final StateMachine stateMachine;
    private final String executionsArn;

    public Pipeline(Construct scope, String id, DataMindSettings settings, PipelineFunctions functions,
                    Storage storage) {
        super(scope, id);
        String definition = read(settings.stateMachineDir()
                .resolve(settings.distributedMap() ? DISTRIBUTED_DEFINITION : INLINE_DEFINITION));
        Map<String, String> substitutions = new HashMap<>();
        for (DataMindFunction function : functions.all().values()) {
            substitutions.put(function.step().placeholder(), function.alias().getFunctionArn());
        }
        requireEverySubstitution(definition, substitutions);
        String name = Stack.of(this).getStackName() + "-pipeline";
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                // the vendedlogs prefix keeps Step Functions from growing the account's log resource policy
                .logGroupName("/aws/vendedlogs/states/" + name)
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .stateMachineName(name)
                .stateMachineType(StateMachineType.STANDARD)
                .definitionBody(DefinitionBody.fromString(definition))
                .definitionSubstitutions(substitutions)
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL).includeExecutionData(true).build())
                .tracingEnabled(true)
                .timeout(Duration.hours(24))
                .build();
        for (DataMindFunction function : functions.all().values()) {
            function.alias().grantInvoke(stateMachine);
        }
        executionsArn = Stack.of(this).formatArn(ArnComponents.builder().service("states").resource("execution")
                .resourceName(name + ":*").arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
        if (settings.distributedMap()) {
            allowChildExecutions(name, storage);
        }
        NagSuppressions.addResourceSuppressions(stateMachine, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Log delivery (logs:CreateLogDelivery, …) and X-Ray (xray:PutTraceSegments, …) support no "
                        + "resource-level permissions, so CDK grants them on '*'.")
                .appliesTo(List.of("Resource::*"))
                .build()), true);
    }

    /** A Distributed Map starts child executions of this state machine and reads the plan's table list. */
    private void allowChildExecutions(String name, Storage storage) {
        Stack stack = Stack.of(this);
        String self = stack.formatArn(ArnComponents.builder().service("states").resource("stateMachine")
                .resourceName(name).arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("states:StartExecution")).resources(List.of(self)).build());
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("states:DescribeExecution", "states:StopExecution"))
                .resources(List.of(executionsArn)).build());
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject"))
                .resources(List.of(storage.docsBucket().arnForObjects(Storage.RUN_STATE_PREFIX + "*"))).build());
        NagSuppressions.addResourceSuppressions(stateMachine, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("The Distributed Map manages its own child executions (execution:<name>:*) and reads the "
                        + "plan's table list under _datamind/runs/ whose key holds the run id.")
                .appliesTo(List.of(
                        Permissions.regex("/^Resource::arn:<AWS::Partition>:states:.*:execution:.*-pipeline:\\*$/"),
                        Permissions.regex("/^Resource::<.*Documentation.*\\.Arn>\\/_datamind\\/runs\\/\\*$/")))
                .build()), true);
    }

    private static void requireEverySubstitution(String definition, Map<String, String> substitutions) {
        Matcher matcher = PLACEHOLDER.matcher(definition);
        while (matcher.find()) {
            if (!substitutions.containsKey(matcher.group(1))) {
                throw new IllegalStateException("the state machine definition names ${" + matcher.group(1)
                        + "}, which no function provides");
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state machine definition " + file.toAbsolutePath()
                    + " (set context statemachineDir)", e);
        }
    }

    /** Every execution of this state machine: {@code arn:…:execution:<name>:*}. */
    public String executionsArn() {
        return executionsArn;
    }

    public StateMachine stateMachine() {
        return stateMachine;
    }
}
