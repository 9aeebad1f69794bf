package io.datamind.aws;

import io.datamind.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AwsClientsTest {

    private static final String[] SDK_PROPERTIES = {"aws.endpointUrl", "aws.accessKeyId", "aws.secretAccessKey"};

    @AfterEach
    void clearSdkProperties() {
        for (String property : SDK_PROPERTIES) {
            System.clearProperty(property);
        }
    }

    @Test
    void environmentSettingsTakeRegionAndSwitchPathStyleOnlyForCustomEndpoints() {
        AwsClients.Settings custom = AwsClients.Settings.fromEnvironment(
                Map.of("AWS_REGION", "eu-west-3", "AWS_ENDPOINT_URL", "http://localhost:5000"));
        AwsClients.Settings aws = AwsClients.Settings.fromEnvironment(Map.of("AWS_REGION", "eu-west-3"));

        assertThat(custom.region()).isEqualTo(Region.EU_WEST_3);
        assertThat(custom.endpointOverride()).as("left to the SDK, which reads AWS_ENDPOINT_URL itself").isNull();
        assertThat(custom.s3PathStyle()).isTrue();
        assertThat(aws.s3PathStyle()).isFalse();
        assertThat(AwsClients.Settings.fromEnvironment(Map.of()).region()).isNull();
    }

    /**
     * The SDK resolves the endpoint from AWS_ENDPOINT_URL or, equivalently, the aws.endpointUrl system property,
     * which a test can set. "localhost" has no per-bucket subdomains, so only path-style requests reach moto.
     */
    @Test
    void clientsFromEnvironmentReachTheConfiguredEndpointWithPathStyleS3() {
        String endpoint = MotoServer.shared().endpoint().toString().replace("127.0.0.1", "localhost");
        System.setProperty("aws.endpointUrl", endpoint);
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        String bucket = "env-" + UUID.randomUUID();

        try (AwsClients clients = new AwsClients(AwsClients.Settings.fromEnvironment(
                Map.of("AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", endpoint)))) {
            S3Client s3 = clients.s3();
            assertThat(clients.s3()).isSameAs(s3);
            s3.createBucket(b -> b.bucket(bucket));
            s3.putObject(b -> b.bucket(bucket).key("hello.txt"), RequestBody.fromString("hi"));

            assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("hello.txt")).asUtf8String()).isEqualTo("hi");
            assertThat(clients.dynamoDb().listTables().tableNames()).isNotNull();
        }
        assertThat(MotoServer.shared().clients().s3().headBucket(b -> b.bucket(bucket)).sdkHttpResponse().isSuccessful())
                .as("the bucket was created on moto, not elsewhere").isTrue();
    }
}
