package io.datamind.aws.lambda;

import io.datamind.aws.AwsClients;
import io.datamind.aws.DynamoDbRunStore;
import io.datamind.aws.S3BlobStore;
import io.datamind.aws.EventBridgePublisher;
import io.datamind.aws.S3DocumentPublisher;
import io.datamind.aws.S3FileStorage;
import io.datamind.aws.S3PreviousDocumentation;
import io.datamind.aws.S3SourceRegistry;
import io.datamind.aws.SecretsManagerSourceResolver;
import io.datamind.aws.SecretsSourceConnector;
import io.datamind.docs.DictionaryWriter;
import io.datamind.files.FileLimits;
import io.datamind.pipeline.remote.AssembleTask;
import io.datamind.pipeline.remote.PlanTask;
import io.datamind.pipeline.remote.RelateTask;
import io.datamind.pipeline.remote.RunArtifacts;
import io.datamind.pipeline.remote.SlicedProfileSteps;
import io.datamind.pipeline.remote.Sources;
import io.datamind.pipeline.remote.StoredResults;
import io.datamind.pipeline.remote.TableSteps;
import java.time.Clock;
import java.time.Duration;
import software.amazon.cloudwatchlogs.emf.config.Configuration;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

/**
 * Everything a handler needs, wired once per container. AWS clients are built lazily on first use and resolve
 * credentials through the default chain on each request, so nothing secret is captured in a SnapStart snapshot.
 */
public final class LambdaServices {

    private static final Duration REGISTRY_MAX_AGE = Duration.ofMinutes(1);

    /** The one static state the handlers have: one wiring per Lambda container, built on first invocation. */
    private static final class Container {
        private static final LambdaServices SHARED = new LambdaServices(AwsClients.fromEnvironment(),
                LambdaConfig.fromEnvironment(System.getenv()), Clock.systemUTC());
    }

    private final PlanTask plan;
    private final TableSteps tableSteps;
    private final SlicedProfileSteps slicedProfiles;
    private final RelateTask relate;
    private final AssembleTask assemble;

    public LambdaServices(AwsClients clients, LambdaConfig config, Clock clock) {
        S3BlobStore blobs = new S3BlobStore(clients.s3(), config.docsBucket(), LambdaConfig.STATE_PREFIX);
        StoredResults results = new StoredResults(new DynamoDbRunStore(clients.dynamoDb(), blobs,
                DynamoDbRunStore.Settings.of(config.table(), config.retentionDays()), clock));
        Sources sources = new Sources(new S3SourceRegistry(clients.s3(), config.sources(), REGISTRY_MAX_AGE, clock),
                new SecretsSourceConnector(new SecretsManagerSourceResolver(clients.secretsManager(), config.secretCacheTtl())),
                new S3FileStorage(clients.s3()), FileLimits.fromEnvironment(System.getenv()));
        RunArtifacts artifacts = new RunArtifacts(blobs);
        this.plan = new PlanTask(sources, results, artifacts, clock, new S3PreviousDocumentation(clients.s3(), config.docsBucket()));
        this.tableSteps = new TableSteps(sources, results,
                new LambdaDescribers(config, clients.s3(), clients.dynamoDb(), clients.secretsManager(), clock), artifacts);
        this.slicedProfiles = new SlicedProfileSteps(sources, results, artifacts, config.sliceBudget());
        this.relate = new RelateTask(results, artifacts);
        this.assemble = new AssembleTask(sources, results, artifacts,
                new S3DocumentPublisher(clients.s3(), config.docsBucket(), DictionaryWriter.standard()), "heuristic", clock,
                new EventBridgePublisher(clients.eventBridge(), config.eventBus()));
    }

    public static LambdaServices shared() {
        return Container.SHARED;
    }

    /**
     * Powertools keeps one metrics instance per JVM; its namespace and service come from POWERTOOLS_* variables.
     * Outside Lambda (LocalInvoke, tests) the EMF library would look for a CloudWatch agent; unless told otherwise
     * by AWS_EMF_ENVIRONMENT, EMF goes to stdout there too, exactly as Lambda writes it.
     */
    public static Metrics metrics() {
        Configuration emf = EnvironmentConfigurationProvider.getConfig();
        if (System.getenv("AWS_LAMBDA_FUNCTION_NAME") == null && System.getenv("AWS_EMF_ENVIRONMENT") == null) {
            emf.setEnvironmentOverride(Environments.Local);
        }
        if (emf.getServiceName().isEmpty()) {
            emf.setServiceName(System.getenv().getOrDefault("POWERTOOLS_SERVICE_NAME", "datamind"));
        }
        return MetricsFactory.getMetricsInstance();
    }

    public PlanTask plan() {
        return plan;
    }

    public TableSteps tableSteps() {
        return tableSteps;
    }

    public SlicedProfileSteps slicedProfiles() {
        return slicedProfiles;
    }

    public RelateTask relate() {
        return relate;
    }

    public AssembleTask assemble() {
        return assemble;
    }
}
