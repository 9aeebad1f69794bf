package io.datamind.aws.lambda;

import io.datamind.aws.AwsClients;
import io.datamind.aws.DynamoDbRunStore;
import io.datamind.aws.EventBridgePublisher;
import io.datamind.aws.S3BlobStore;
import io.datamind.aws.S3SourceRegistry;
import io.datamind.aws.S3UploadedObjects;
import io.datamind.aws.StepFunctionsRunStarter;
import io.datamind.trigger.NotStartedRuns;
import io.datamind.trigger.RunStarter;
import io.datamind.trigger.ScheduledRuns;
import io.datamind.trigger.UploadRules;
import io.datamind.trigger.UploadTrigger;
import java.time.Clock;
import java.time.Duration;

/**
 * What the S3 upload trigger and the schedule need, wired once per container. Kept apart from
 * {@link LambdaServices} so that these small functions never build the pipeline's describers and connectors.
 */
public final class TriggerServices {

    private static final Duration REGISTRY_MAX_AGE = Duration.ofMinutes(1);

    private static final class Container {
        private static final TriggerServices SHARED = new TriggerServices(AwsClients.fromEnvironment(),
                LambdaConfig.fromEnvironment(System.getenv()), TriggerConfig.fromEnvironment(System.getenv()),
                Clock.systemUTC());
    }

    private final UploadTrigger uploads;
    private final ScheduledRuns schedule;

    public TriggerServices(AwsClients clients, LambdaConfig config, TriggerConfig trigger, Clock clock) {
        DynamoDbRunStore store = new DynamoDbRunStore(clients.dynamoDb(),
                new S3BlobStore(clients.s3(), config.docsBucket(), LambdaConfig.STATE_PREFIX),
                DynamoDbRunStore.Settings.of(config.table(), config.retentionDays()), clock);
        NotStartedRuns notStarted = new NotStartedRuns(store,
                new EventBridgePublisher(clients.eventBridge(), trigger.eventBus()), clock);
        RunStarter starter = new StepFunctionsRunStarter(clients.stepFunctions(), trigger.stateMachineArn());
        this.uploads = new UploadTrigger(UploadRules.of(trigger.inputBucket(), trigger.manifestDatasets()),
                new S3UploadedObjects(clients.s3()), starter, notStarted);
        this.schedule = new ScheduledRuns(new S3SourceRegistry(clients.s3(), config.sources(), REGISTRY_MAX_AGE, clock),
                starter, notStarted);
    }

    public static TriggerServices shared() {
        return Container.SHARED;
    }

    public UploadTrigger uploads() {
        return uploads;
    }

    public ScheduledRuns schedule() {
        return schedule;
    }
}
