package io.datamind.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * The three ways into a run: the upload trigger, the schedule and the API. Each may start executions of the
 * pipeline (and nothing else in Step Functions); the trigger and the schedule report runs they could not start
 * on the default event bus.
 */
public final class EntryFunctions extends Construct {

    private final DataMindFunction uploadTrigger;
    private final DataMindFunction schedule;
    private final DataMindFunction api;

    public EntryFunctions(Construct scope, String id, DataMindSettings settings, Storage storage, RunTable runTable,
                          Pipeline pipeline, Code code) {
        super(scope, id);
        StateMachine stateMachine = pipeline.stateMachine();
        Map<String, String> environment = new HashMap<>(PipelineFunctions.environment(settings, storage, runTable));
        environment.put("DATAMIND_STATE_MACHINE_ARN", stateMachine.getStateMachineArn());
        environment.put("DATAMIND_INPUT_BUCKET", storage.inputBucket().getBucketName());
        environment.put("DATAMIND_EVENT_BUS", Permissions.DEFAULT_EVENT_BUS);
        Permissions permissions = new Permissions(this, settings);

        uploadTrigger = new DataMindFunction(this, Step.S3_UPLOAD_TRIGGER, code, environment, null);
        storage.inputBucket().grantRead(uploadTrigger.role(), Storage.INCOMING_PREFIX + "*");

        schedule = new DataMindFunction(this, Step.SCHEDULE, code, environment, null);
        // the sources registry (config/sources.yaml) names the sources a scheduled run documents
        storage.docsBucket().grantRead(schedule.role(), "config/*");

        api = new DataMindFunction(this, Step.API, code, environment, null);
        // runs' documentation from the bucket, uploads for file datasets
        storage.docsBucket().grantRead(api.role());
        storage.inputBucket().grantReadWrite(api.role(), Storage.INCOMING_PREFIX + "*");

        for (DataMindFunction function : List.of(uploadTrigger, schedule, api)) {
            stateMachine.grantStartExecution(function.role());
            // run records: what was started, and the runs' status for the API
            runTable.table().grantReadWriteData(function.role());
            permissions.putEvents(function);
            permissions.suppressBucketObjectWildcards(function, storage);
            describeExecutions(function, pipeline);
        }
    }

    /**
     * Starting a run first looks its execution name up (a duplicated cause must not start a second run), and the
     * API reports executions' status; execution names are chosen per run, so the resource is this machine's executions.
     */
    private static void describeExecutions(DataMindFunction function, Pipeline pipeline) {
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("states:DescribeExecution")).resources(List.of(pipeline.executionsArn())).build());
        NagSuppressions.addResourceSuppressions(function.role(), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("DescribeExecution on this state machine's executions only (execution:<name>:*); the "
                        + "execution names are chosen per run.")
                .appliesTo(List.of(Permissions.regex("/^Resource::arn:<AWS::Partition>:states:.*:execution:.*-pipeline:\\*$/")))
                .build()), true);
    }

    public DataMindFunction uploadTrigger() {
        return uploadTrigger;
    }

    public DataMindFunction schedule() {
        return schedule;
    }

    public DataMindFunction api() {
        return api;
    }
}
