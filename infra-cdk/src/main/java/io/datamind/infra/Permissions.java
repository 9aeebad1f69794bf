package io.datamind.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * The permissions that are not a plain CDK grant: which secrets, which model, which event bus. Each is as narrow
 * as the service allows; where a wildcard remains, the suppression next to it says why.
 */
final class Permissions {

    static final String DEFAULT_EVENT_BUS = "default";

    /** Cross-region inference profiles are model ids with a geography prefix, e.g. us.anthropic.claude-… */
    private static final Pattern INFERENCE_PROFILE = Pattern.compile("^(us|eu|apac|us-gov|jp|au|ca|global)\\.(.+)$");

    private final Stack stack;
    private final DataMindSettings settings;

    Permissions(Construct scope, DataMindSettings settings) {
        this.stack = Stack.of(scope);
        this.settings = settings;
    }

    /** GetSecretValue on the registered sources' secrets: the listed ARNs, else the name prefix. */
    void readSourceSecrets(DataMindFunction function) {
        List<String> secrets = settings.sourceSecretArns().isEmpty()
                ? List.of(stack.formatArn(ArnComponents.builder().service("secretsmanager").resource("secret")
                        .resourceName(settings.sourceSecretPrefix() + "*").arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                        .build()))
                : settings.sourceSecretArns();
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
                .resources(secrets).build());
        if (settings.sourceSecretArns().isEmpty()) {
            NagSuppressions.addResourceSuppressions(function.role(), List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .reason("Sources are registered after deployment (sources.yaml), so their secrets are matched by "
                            + "the name prefix '" + settings.sourceSecretPrefix() + "'; deploy with -c "
                            + "sourceSecretArns=… to list them exactly.")
                    .appliesTo(List.of(RegexAppliesTo.builder()
                            .regex("/^Resource::arn:<AWS::Partition>:secretsmanager:.*:secret:"
                                    + escapeForRegex(settings.sourceSecretPrefix()) + "\\*$/")
                            .build()))
                    .build()), true);
        }
    }

    /** The configured model only (and, for a cross-region profile, the profile and its model in any region). */
    void invokeModel(DataMindFunction function) {
        if (settings.apiKeySecretArn() != null) {
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("secretsmanager:GetSecretValue")).resources(List.of(settings.apiKeySecretArn()))
                    .build());
        }
        if (!settings.usesBedrock()) {
            return;
        }
        String region = settings.modelRegion() == null ? stack.getRegion() : settings.modelRegion();
        var profile = INFERENCE_PROFILE.matcher(settings.modelId());
        List<String> resources = new ArrayList<>();
        if (profile.matches()) {
            resources.add(arn(region, stack.getAccount(), "inference-profile/" + settings.modelId()));
            // a profile routes each request to one of its geography's regions, chosen by Bedrock at call time
            resources.add(arn("*", "", "foundation-model/" + profile.group(2)));
            NagSuppressions.addResourceSuppressions(function.role(), List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .reason("A cross-region inference profile sends each call to a region Bedrock picks; the "
                            + "foundation-model ARN is scoped to the one model in any region, as AWS documents.")
                    .appliesTo(List.of("Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/"
                            + profile.group(2)))
                    .build()), true);
        } else {
            resources.add(arn(region, "", "foundation-model/" + settings.modelId()));
        }
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("bedrock:InvokeModel")).resources(resources).build());
    }

    private static String escapeForRegex(String literal) {
        return literal.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
    }

    /** cdk-nag's form for a finding matched by a regular expression ("/…/"). */
    static RegexAppliesTo regex(String slashDelimited) {
        return RegexAppliesTo.builder().regex(slashDelimited).build();
    }

    private String arn(String region, String account, String resource) {
        return "arn:" + Aws.PARTITION + ":bedrock:" + region + ":" + account + ":" + resource;
    }

    /** PutEvents on the account's default bus, where drift and run-not-started events go. */
    void putEvents(DataMindFunction function) {
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("events:PutEvents"))
                .resources(List.of(defaultEventBusArn())).build());
    }

    String defaultEventBusArn() {
        return stack.formatArn(ArnComponents.builder().service("events").resource("event-bus")
                .resourceName(DEFAULT_EVENT_BUS).arnFormat(ArnFormat.SLASH_RESOURCE_NAME).build());
    }

    /** Object keys start with the source id, which sources.yaml decides after deployment. */
    void suppressBucketObjectWildcards(DataMindFunction function, Storage storage) {
        NagSuppressions.addResourceSuppressions(function.role(), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Objects are keyed <sourceId>/<runId>/… (documentation), _datamind/… (run state) and "
                        + "incoming/… (uploads); source ids come from sources.yaml after deployment, so the grants "
                        + "cover the bucket's objects (bucket/*) and the object-level actions CDK's grants list "
                        + "(s3:GetObject*, s3:List*, …), never another bucket.")
                .appliesTo(List.of(
                        regex("/^Action::s3:.*\\*$/"),
                        regex("/^Resource::<Storage(Input|Documentation)[0-9A-F]{8}\\.Arn>\\/.*\\*$/")))
                .build()), true);
    }
}
