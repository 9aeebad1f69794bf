package io.datamind.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One DataMind step as a Lambda function: java21 on arm64 from the shaded jar, SnapStart on published versions
 * and a {@code live} alias on the current version (callers invoke the alias, so they get the snapshot), its own
 * role and log group, X-Ray active tracing.
 */
public final class DataMindFunction extends Construct {

    public static final String ALIAS = "live";

    private final Step step;
    private final Role role;
    private final Function function;
    private final Alias alias;

    /** Where a function attaches to the VPC; null to stay outside. */
    public record Placement(IVpc vpc, SubnetSelection subnets, ISecurityGroup securityGroup) {
    }

    public DataMindFunction(Construct scope, Step step, Code code, Map<String, String> environment,
                            Placement placement) {
        super(scope, step.id());
        this.step = step;
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("DataMind " + step.id() + " function")
                .build();
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        // instead of AWSLambdaBasicExecutionRole, whose log permissions cover every log group in the account
        logs.grantWrite(role);
        Function.Builder builder = Function.Builder.create(this, "Function")
                .description("DataMind " + step.id())
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .code(code)
                .handler(step.handler())
                .memorySize(step.memoryMb())
                .timeout(step.timeout())
                .role(role)
                .logGroup(logs)
                .tracing(Tracing.ACTIVE)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .environment(environment);
        if (placement != null) {
            builder.vpc(placement.vpc()).vpcSubnets(placement.subnets())
                    .securityGroups(List.of(placement.securityGroup()));
        }
        function = builder.build();
        alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "every deployment publishes a version (currentVersion) and the live alias points at it");
        suppressUnavoidableWildcards(placement != null);
    }

    private void suppressUnavoidableWildcards(boolean inVpc) {
        NagSuppressions.addResourceSuppressions(function, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-L1")
                .reason("java21 on purpose: the jar is built for Java 17 and tested on 17 and 21, and SnapStart's "
                        + "behaviour is validated per runtime; move to a newer Java runtime as a tested change.")
                .build()));
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("X-Ray's PutTraceSegments and PutTelemetryRecords support no resource-level permissions.")
                .appliesTo(List.of("Resource::*"))
                .build()), true);
        if (inVpc) {
            NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM4")
                    .reason("AWSLambdaVPCAccessExecutionRole is the policy Lambda needs to manage its ENIs in the "
                            + "configured subnets; CDK attaches it for VPC functions.")
                    .appliesTo(List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
                            + "AWSLambdaVPCAccessExecutionRole"))
                    .build()), true);
        }
    }

    public void addToRolePolicy(PolicyStatement statement) {
        role.addToPolicy(statement);
    }

    public Step step() {
        return step;
    }

    public Role role() {
        return role;
    }

    public Function function() {
        return function;
    }

    /** What callers invoke: the alias on the published (snapshotted) version. */
    public Alias alias() {
        return alias;
    }
}
