package io.datamind.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app ({@code cdk synth}, {@code cdk deploy} from {@code infra-cdk/}). cdk-nag's AwsSolutions pack checks
 * every resource; an unsuppressed finding fails synthesis with an error annotation.
 */
public final class DataMindApp {

    public static final String STACK_NAME = "DataMind";

    private DataMindApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        build(app);
        app.synth();
    }

    /** Adds the stack and the checks; shared with the tests so they check what deploys. */
    public static DataMindStack build(App app) {
        // server access logs through a bucket policy rather than ACLs (the buckets enforce bucket-owner ownership)
        app.getNode().setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
        DataMindSettings settings = DataMindSettings.fromContext(app.getNode());
        DataMindStack stack = new DataMindStack(app, STACK_NAME, StackProps.builder()
                .description("DataMind: serverless data dictionary (Step Functions + Lambda)")
                // account and region from the CLI's credentials at deploy time; synth needs neither
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(System.getenv("CDK_DEFAULT_REGION"))
                        .build())
                .build(), settings);
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stack;
    }
}
