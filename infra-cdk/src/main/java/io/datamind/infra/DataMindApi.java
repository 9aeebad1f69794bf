package io.datamind.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.ProxyResourceOptions;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RequestValidatorOptions;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The REST API: every route proxied to ApiHandler's {@code live} alias, callers signed with SigV4 and authorised
 * by IAM ({@code execute-api:Invoke}), throttled, access-logged and traced.
 */
public final class DataMindApi extends Construct {

    public static final String STAGE = "v1";

    private final RestApi api;

    public DataMindApi(Construct scope, String id, EntryFunctions entries) {
        super(scope, id);
        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        api = RestApi.Builder.create(this, "Api")
                .description("DataMind: start runs and read their status and documentation")
                .endpointTypes(List.of(EndpointType.REGIONAL))
                // API Gateway needs an account-level role to write execution logs (MethodLoggingLevel below)
                .cloudWatchRole(true)
                .cloudWatchRoleRemovalPolicy(RemovalPolicy.DESTROY)
                .deployOptions(StageOptions.builder()
                        .stageName(STAGE)
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields())
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .dataTraceEnabled(false)
                        .metricsEnabled(true)
                        .tracingEnabled(true)
                        .throttlingRateLimit(10)
                        .throttlingBurstLimit(20)
                        .build())
                .build();
        RequestValidator validator = api.addRequestValidator("Validator", RequestValidatorOptions.builder()
                .validateRequestBody(true).validateRequestParameters(true).build());
        MethodOptions signedCallers = MethodOptions.builder()
                .authorizationType(AuthorizationType.IAM)
                .requestValidator(validator)
                .build();
        LambdaIntegration integration = LambdaIntegration.Builder.create(entries.api().alias()).proxy(true).build();
        api.getRoot().addMethod("ANY", integration, signedCallers);
        // the proxy's own ANY method would leave out the validator, so the method is added explicitly
        api.getRoot().addProxy(ProxyResourceOptions.builder()
                .defaultIntegration(integration)
                .defaultMethodOptions(signedCallers)
                .anyMethod(false)
                .build())
                .addMethod("ANY", integration, signedCallers);
        NagSuppressions.addResourceSuppressions(api, List.of(
                NagPackSuppression.builder().id("AwsSolutions-IAM4")
                        .reason("AmazonAPIGatewayPushToCloudWatchLogs is the policy API Gateway's account-level "
                                + "logging role must have.")
                        .appliesTo(List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
                                + "AmazonAPIGatewayPushToCloudWatchLogs"))
                        .build(),
                NagPackSuppression.builder().id("AwsSolutions-APIG3")
                        .reason("Only IAM-signed callers get past the authoriser and the stage is throttled; a WAF "
                                + "web ACL adds a per-request charge and can be associated with the stage by the "
                                + "account's own firewall policy.")
                        .build(),
                NagPackSuppression.builder().id("AwsSolutions-COG4")
                        .reason("Callers are AWS principals signing with SigV4 and authorised by IAM policies "
                                + "(AuthorizationType.IAM), not Cognito users.")
                        .build()), true);
    }

    public RestApi api() {
        return api;
    }
}
