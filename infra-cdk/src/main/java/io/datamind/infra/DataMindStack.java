package io.datamind.infra;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/** DataMind in one stack: storage, run table, pipeline functions, state machine, entry points, API, monitoring. */
public final class DataMindStack extends Stack {

    public DataMindStack(Construct scope, String id, StackProps props, DataMindSettings settings) {
        super(scope, id, props);
        Code code = PipelineFunctions.jarCode(settings);
        Storage storage = new Storage(this, "Storage", settings);
        RunTable runTable = new RunTable(this, "RunTable");
        PipelineFunctions steps = new PipelineFunctions(this, "Steps", settings, storage, runTable, code);
        Pipeline pipeline = new Pipeline(this, "Pipeline", settings, steps, storage);
        EntryFunctions entries = new EntryFunctions(this, "Entry", settings, storage, runTable, pipeline, code);
        new Triggers(this, "Triggers", settings, storage, entries);
        DataMindApi api = new DataMindApi(this, "Api", entries);
        List<DataMindFunction> functions = new ArrayList<>(steps.all().values());
        functions.addAll(List.of(entries.uploadTrigger(), entries.schedule(), entries.api()));
        functions.sort((a, b) -> a.step().compareTo(b.step()));
        new Monitoring(this, "Monitoring", settings, pipeline.stateMachine(), functions);

        output("InputBucket", storage.inputBucket().getBucketName(), "upload files under incoming/ to document them");
        output("DocumentationBucket", storage.docsBucket().getBucketName(),
                "documentation at <sourceId>/latest/; the sources registry at config/sources.yaml");
        output("RunTableName", runTable.table().getTableName(), "the DynamoDB run store");
        output("StateMachineArn", pipeline.stateMachine().getStateMachineArn(), "start a run: {\"sourceId\": \"…\"}");
        output("ApiUrl", api.api().getUrl(), "SigV4-signed requests (execute-api:Invoke)");
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
