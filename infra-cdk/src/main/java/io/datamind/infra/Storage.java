package io.datamind.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The buckets: input (uploads under {@code incoming/} start runs), documentation (every run's output, the sources
 * registry and run state under {@code _datamind/}) and the access-log bucket both log to. Private, encrypted,
 * TLS only.
 */
public final class Storage extends Construct {

    /** Where uploads start a run (S3UploadTriggerHandler). */
    public static final String INCOMING_PREFIX = "incoming/";
    /** Run state written by the pipeline (plan, relationships, oversized payloads); lives as long as the TTL. */
    public static final String RUN_STATE_PREFIX = "_datamind/runs/";

    private final Bucket inputBucket;
    private final Bucket docsBucket;

    public Storage(Construct scope, String id, DataMindSettings settings) {
        super(scope, id);
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-access-logs")
                        .expiration(Duration.days(365)).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        NagSuppressions.addResourceSuppressions(accessLogs, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-S1")
                .reason("This is the server access log bucket of the other buckets; logging it into itself would loop.")
                .build()));

        List<LifecycleRule> inputRules = new ArrayList<>(List.of(abortIncompleteUploads()));
        if (settings.inputRetentionDays() > 0) {
            inputRules.add(LifecycleRule.builder().id("expire-uploads").prefix(INCOMING_PREFIX)
                    .expiration(Duration.days(settings.inputRetentionDays())).build());
        }
        inputBucket = privateBucket("Input", accessLogs, "input/", false, inputRules);
        docsBucket = privateBucket("Documentation", accessLogs, "documentation/", true, List.of(
                abortIncompleteUploads(),
                LifecycleRule.builder().id("expire-run-state").prefix(RUN_STATE_PREFIX)
                        .expiration(Duration.days(settings.retentionDays())).build(),
                LifecycleRule.builder().id("expire-replaced-versions")
                        .noncurrentVersionExpiration(Duration.days(settings.retentionDays()))
                        .noncurrentVersionsToRetain(3).build()));
    }

    private Bucket privateBucket(String id, Bucket accessLogs, String logPrefix, boolean versioned,
                                 List<LifecycleRule> rules) {
        return Bucket.Builder.create(this, id)
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(versioned)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(logPrefix)
                .lifecycleRules(rules)
                // documentation and uploads are the user's data: a stack deletion leaves them behind
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    private static LifecycleRule abortIncompleteUploads() {
        return LifecycleRule.builder().id("abort-incomplete-uploads")
                .abortIncompleteMultipartUploadAfter(Duration.days(7)).build();
    }

    public Bucket inputBucket() {
        return inputBucket;
    }

    public Bucket docsBucket() {
        return docsBucket;
    }
}
