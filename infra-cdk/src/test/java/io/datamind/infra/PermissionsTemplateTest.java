package io.datamind.infra;

import static io.datamind.infra.SynthesizedStack.json;
import static io.datamind.infra.SynthesizedStack.list;
import static io.datamind.infra.SynthesizedStack.map;
import static io.datamind.infra.SynthesizedStack.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Least privilege, read from the synthesised IAM policies: who may do what, on which resources. */
class PermissionsTemplateTest {

    /** Actions AWS authorises only on "*": X-Ray segments and Step Functions' log delivery set-up. */
    private static final Set<String> ONLY_ON_STAR = Set.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "xray:GetSamplingRules", "xray:GetSamplingTargets", "logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
            // CDK's deployment-time bucket-notification handler
            "s3:PutBucketNotification");

    private final SynthesizedStack stack = SynthesizedStack.get();

    /** A statement together with the step whose role holds it (null for a role that is no DataMind function's). */
    private record Grant(Step step, String role, List<String> actions, List<Object> resources) {
    }

    private List<Grant> grants() {
        Map<String, Step> stepOfRole = new HashMap<>();
        for (Map<String, Object> function : stack.ofType("AWS::Lambda::Function").values()) {
            Map<String, Object> props = properties(function);
            for (Step step : Step.values()) {
                if (step.handler().equals(props.get("Handler"))) {
                    stepOfRole.put(list(map(props.get("Role")).get("Fn::GetAtt")).get(0).toString(), step);
                }
            }
        }
        List<Grant> grants = new ArrayList<>();
        for (Map<String, Object> policy : stack.ofType("AWS::IAM::Policy").values()) {
            Map<String, Object> props = properties(policy);
            for (Object roleRef : list(props.get("Roles"))) {
                String role = map(roleRef).get("Ref").toString();
                for (Object statement : list(map(props.get("PolicyDocument")).get("Statement"))) {
                    Map<String, Object> s = map(statement);
                    assertThat(s.get("Effect")).isEqualTo("Allow");
                    grants.add(new Grant(stepOfRole.get(role), role,
                            list(s.get("Action")).stream().map(Object::toString).toList(), list(s.get("Resource"))));
                }
            }
        }
        return grants;
    }

    private List<Grant> grantsOf(String action) {
        return grants().stream().filter(g -> g.actions().contains(action)).toList();
    }

    @Test
    void noStatementUsesAStarResourceWhereTheServiceAllowsANarrowerOne() {
        List<Grant> star = grants().stream().filter(g -> g.resources().contains("*")).toList();
        assertThat(star).isNotEmpty();
        for (Grant grant : star) {
            assertThat(grant.actions()).as(grant.role()).allMatch(ONLY_ON_STAR::contains);
        }
        for (Grant grant : grants()) {
            assertThat(grant.actions()).as(grant.role()).noneMatch(a -> a.equals("*") || a.endsWith(":*"));
        }
    }

    @Test
    void onlyTheStepsThatReadDatabasesReadTheListedSecrets() {
        List<Grant> secrets = grantsOf("secretsmanager:GetSecretValue");
        assertThat(secrets.stream().map(Grant::step).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.of(Step.PLAN, Step.SCAN_TABLE, Step.PROFILE_TABLE, Step.PROFILE_SLICE,
                        Step.MERGE_PROFILE, Step.ASSEMBLE));
        for (Grant grant : secrets) {
            assertThat(grant.resources()).containsExactlyInAnyOrderElementsOf(SynthesizedStack.SECRETS);
        }
    }

    @Test
    void onlyDescribeTableInvokesTheModelAndOnlyTheConfiguredOne() {
        List<Grant> bedrock = grants().stream()
                .filter(g -> g.actions().stream().anyMatch(a -> a.startsWith("bedrock:"))).toList();
        assertThat(bedrock).hasSize(1);
        Grant grant = bedrock.get(0);
        assertThat(grant.step()).isEqualTo(Step.DESCRIBE_TABLE);
        assertThat(grant.actions()).containsExactly("bedrock:InvokeModel");
        String resources = json(grant.resources());
        assertThat(grant.resources()).hasSize(2);
        assertThat(resources).contains(":inference-profile/" + SynthesizedStack.MODEL)
                .contains(":bedrock:*::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0");
    }

    @Test
    void onlyTheEntryFunctionsStartExecutionsAndOnlyOfThePipeline() {
        List<Grant> starts = grantsOf("states:StartExecution");
        assertThat(starts.stream().map(Grant::step).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.of(Step.S3_UPLOAD_TRIGGER, Step.SCHEDULE, Step.API));
        for (Grant grant : starts) {
            assertThat(grant.resources()).hasSize(1);
            assertThat(map(grant.resources().get(0)).get("Ref").toString()).startsWith("PipelineStateMachine");
        }
    }

    @Test
    void eventsGoToTheDefaultBusOnly() {
        List<Grant> putEvents = grantsOf("events:PutEvents");
        assertThat(putEvents.stream().map(Grant::step).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.of(Step.ASSEMBLE, Step.S3_UPLOAD_TRIGGER, Step.SCHEDULE, Step.API));
        for (Grant grant : putEvents) {
            assertThat(json(grant.resources())).endsWith(":event-bus/default\"]]}]");
        }
    }

    @Test
    void theStateMachineInvokesOnlyThePipelineAliases() {
        List<Grant> invokes = grantsOf("lambda:InvokeFunction");
        Set<String> invoked = invokes.stream().flatMap(g -> g.resources().stream())
                .map(r -> map(r).get("Ref").toString()).collect(Collectors.toSet());
        assertThat(invoked).hasSize(9).allMatch(ref -> ref.startsWith("Steps") && ref.contains("Alias"));
        assertThat(invokes).allMatch(g -> g.role().startsWith("PipelineStateMachineRole"));
    }

    @Test
    void functionsWriteOnlyTheirOwnLogGroupAndUseNoManagedPolicyBesidesVpcAccess() {
        for (Grant grant : grantsOf("logs:PutLogEvents")) {
            if (grant.step() != null) {
                assertThat(json(grant.resources())).contains("Logs").contains("Arn");
            }
        }
        for (Map.Entry<String, Map<String, Object>> role : stack.ofType("AWS::IAM::Role").entrySet()) {
            Object managed = properties(role.getValue()).get("ManagedPolicyArns");
            if (role.getKey().startsWith("Steps") || role.getKey().startsWith("Entry")) {
                assertThat(managed == null ? "" : json(managed)).as(role.getKey())
                        .satisfiesAnyOf(m -> assertThat(m).isEmpty(),
                                m -> assertThat(m).contains("AWSLambdaVPCAccessExecutionRole")
                                        .doesNotContain("AWSLambdaBasicExecutionRole"));
            }
        }
    }

    @Test
    void onlyTheSourceReadingStepsReadUploadedFiles() {
        Set<Step> readers = grants().stream()
                .filter(g -> g.step() != null && json(g.resources()).contains("StorageInput"))
                .map(Grant::step).collect(Collectors.toSet());
        assertThat(readers).isEqualTo(EnumSet.of(Step.PLAN, Step.SCAN_TABLE, Step.PROFILE_TABLE, Step.ASSEMBLE,
                Step.S3_UPLOAD_TRIGGER, Step.API));
    }

    /**
     * The slice steps read the bucket (registry, run state) but write only under _datamind/runs/ (slice plans,
     * partial profiles, the merged profile's overflow), delete nothing, and only MergeProfile writes the run table.
     */
    @Test
    void theSliceStepsWriteOnlyTheRunStateAndOnlyMergeProfileWritesTheRunTable() {
        for (Step step : List.of(Step.PROFILE_SLICE, Step.MERGE_PROFILE)) {
            List<Grant> own = grants().stream().filter(g -> g.step() == step).toList();
            List<Grant> s3Writes = own.stream().filter(g -> g.actions().contains("s3:PutObject")).toList();
            assertThat(s3Writes).as(step.id()).singleElement()
                    .satisfies(g -> assertThat(json(g.resources())).contains("Documentation").endsWith("/_datamind/runs/*\"]]}]"));
            assertThat(own).as(step.id()).flatExtracting(Grant::actions)
                    .noneMatch(a -> a.startsWith("s3:DeleteObject"))
                    .contains("s3:GetObject*", "dynamodb:GetItem");
            boolean writesTable = own.stream().flatMap(g -> g.actions().stream()).anyMatch(a -> a.equals("dynamodb:PutItem"));
            assertThat(writesTable).as(step.id()).isEqualTo(step == Step.MERGE_PROFILE);
        }
        List<Grant> profileTableWrites = grants().stream()
                .filter(g -> g.step() == Step.PROFILE_TABLE && g.actions().contains("s3:PutObject")).toList();
        assertThat(json(profileTableWrites.get(0).resources())).as("ProfileTable, for comparison").doesNotContain("_datamind");
    }
}
