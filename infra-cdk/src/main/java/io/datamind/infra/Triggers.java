package io.datamind.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.constructs.Construct;

/**
 * What starts runs without a caller: an object created under {@code incoming/} in the input bucket, and the
 * schedule from context {@code schedule} (no rule without it). Both invoke the functions' {@code live} aliases.
 */
public final class Triggers extends Construct {

    private final Rule scheduleRule;

    public Triggers(Construct scope, String id, DataMindSettings settings, Storage storage, EntryFunctions entries) {
        super(scope, id);
        storage.inputBucket().addEventNotification(EventType.OBJECT_CREATED,
                new LambdaDestination(entries.uploadTrigger().alias()),
                NotificationKeyFilter.builder().prefix(Storage.INCOMING_PREFIX).build());
        suppressNotificationHandlerFindings();
        scheduleRule = settings.schedule() == null ? null : Rule.Builder.create(this, "Schedule")
                .description("Starts a DataMind run of every registered source")
                .schedule(Schedule.expression(settings.schedule()))
                .targets(List.of(new LambdaFunction(entries.schedule().alias())))
                .build();
    }

    /** CDK configures bucket notifications through a singleton function of its own, outside this app's code. */
    private void suppressNotificationHandlerFindings() {
        String handlerPath = "/" + Stack.of(this).getStackName()
                + "/BucketNotificationsHandler050a0587b7544547bf325f094a3db834";
        NagSuppressions.addResourceSuppressionsByPath(Stack.of(this), handlerPath, List.of(
                NagPackSuppression.builder().id("AwsSolutions-IAM4")
                        .reason("CDK's bucket-notification handler uses AWSLambdaBasicExecutionRole for its logs; it "
                                + "runs only during deployment.")
                        .appliesTo(List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
                                + "AWSLambdaBasicExecutionRole"))
                        .build(),
                NagPackSuppression.builder().id("AwsSolutions-IAM5")
                        .reason("s3:PutBucketNotification is granted by CDK on '*' for its deployment-time handler.")
                        .appliesTo(List.of("Resource::*"))
                        .build()), true);
    }

    /** The schedule rule, or null when no schedule was configured. */
    public Rule scheduleRule() {
        return scheduleRule;
    }
}
