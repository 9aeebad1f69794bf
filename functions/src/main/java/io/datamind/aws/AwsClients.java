package io.datamind.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds each AWS client once, on first use, and closes them together. Clients are expensive to create (HTTP
 * client, credential and endpoint resolution), so a Lambda keeps one {@code AwsClients} for its whole lifetime.
 * Only the URL-connection HTTP client is used: it starts fastest and keeps the jar small.
 */
public final class AwsClients implements AutoCloseable {

    /**
     * @param region           null lets the SDK's default region chain decide
     * @param endpointOverride null lets the SDK resolve the endpoint, honouring AWS_ENDPOINT_URL by itself
     * @param s3PathStyle      emulators such as moto serve buckets under the path, not as virtual hosts
     */
    public record Settings(Region region, URI endpointOverride, AwsCredentialsProvider credentials, boolean s3PathStyle) {

        /** For Lambda and the CLI: AWS_REGION, the default credentials chain, path-style S3 when AWS_ENDPOINT_URL is set. */
        public static Settings fromEnvironment(Map<String, String> env) {
            String region = env.get("AWS_REGION");
            String endpoint = env.get("AWS_ENDPOINT_URL");
            return new Settings(
                    region == null || region.isBlank() ? null : Region.of(region),
                    null,
                    DefaultCredentialsProvider.builder().build(),
                    endpoint != null && !endpoint.isBlank());
        }

        /** For tests against an emulator whose address is only known at run time. */
        public static Settings forEndpoint(URI endpoint, Region region, AwsCredentialsProvider credentials) {
            return new Settings(region, endpoint, credentials, true);
        }
    }

    private final Settings settings;
    private final List<SdkAutoCloseable> built = new ArrayList<>();
    private S3Client s3;
    private DynamoDbClient dynamoDb;
    private SecretsManagerClient secretsManager;
    private SfnClient stepFunctions;
    private EventBridgeClient eventBridge;
    private S3Presigner s3Presigner;

    public AwsClients(Settings settings) {
        this.settings = settings;
    }

    public static AwsClients fromEnvironment() {
        return new AwsClients(Settings.fromEnvironment(System.getenv()));
    }

    public synchronized S3Client s3() {
        if (s3 == null) {
            s3 = remember(configure(S3Client.builder()).forcePathStyle(settings.s3PathStyle()).build());
        }
        return s3;
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = remember(configure(DynamoDbClient.builder()).build());
        }
        return dynamoDb;
    }

    public synchronized SecretsManagerClient secretsManager() {
        if (secretsManager == null) {
            secretsManager = remember(configure(SecretsManagerClient.builder()).build());
        }
        return secretsManager;
    }

    public synchronized SfnClient stepFunctions() {
        if (stepFunctions == null) {
            stepFunctions = remember(configure(SfnClient.builder()).build());
        }
        return stepFunctions;
    }

    public synchronized EventBridgeClient eventBridge() {
        if (eventBridge == null) {
            eventBridge = remember(configure(EventBridgeClient.builder()).build());
        }
        return eventBridge;
    }

    /** Signs S3 URLs locally (no request); same region, credentials, endpoint and addressing as {@link #s3()}. */
    public synchronized S3Presigner s3Presigner() {
        if (s3Presigner == null) {
            S3Presigner.Builder builder = S3Presigner.builder().credentialsProvider(settings.credentials())
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.s3PathStyle()).build());
            if (settings.region() != null) {
                builder.region(settings.region());
            }
            if (settings.endpointOverride() != null) {
                builder.endpointOverride(settings.endpointOverride());
            }
            s3Presigner = builder.build();
        }
        return s3Presigner;
    }

    private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder) {
        builder.httpClient(UrlConnectionHttpClient.create()).credentialsProvider(settings.credentials());
        if (settings.region() != null) {
            builder.region(settings.region());
        }
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder;
    }

    private <C extends SdkAutoCloseable> C remember(C client) {
        built.add(client);
        return client;
    }

    @Override
    public synchronized void close() {
        built.forEach(SdkAutoCloseable::close);
        built.clear();
        if (s3Presigner != null) {
            s3Presigner.close();
            s3Presigner = null;
        }
        s3 = null;
        dynamoDb = null;
        secretsManager = null;
        stepFunctions = null;
        eventBridge = null;
    }
}
