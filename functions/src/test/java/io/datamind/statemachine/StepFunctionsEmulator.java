package io.datamind.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.testing.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Runs state machines in moto's Step Functions interpreter: a moto_server of its own whose MOTO_PORT points at a
 * {@link LambdaStandIn}, so tests decide what each Lambda function answers. Shared by the tests of this package;
 * {@link #prepare()} resets moto and creates the functions before each execution.
 */
final class StepFunctionsEmulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EXECUTION_TIMEOUT = Duration.ofSeconds(90);
    private static final String ROLE_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["lambda.amazonaws.com","states.amazonaws.com"]},"Action":"sts:AssumeRole"}]}""";

    private static final class Holder {
        private static final StepFunctionsEmulator SHARED = new StepFunctionsEmulator();
    }

    /** An execution once it stopped: its status, output and whole history. */
    record Execution(DescribeExecutionResponse description, List<HistoryEvent> history) {
    }

    private final LambdaStandIn standIn = new LambdaStandIn();
    private final MotoServer moto;
    private final SfnClient sfn;
    private final LambdaClient lambda;
    private final IamClient iam;
    private final S3Client s3;

    private StepFunctionsEmulator() {
        moto = MotoServer.startDedicated(Map.of("MOTO_PORT", Integer.toString(standIn.port())));
        standIn.start(moto.endpoint());
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "lambda-stand-in-stop"));
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        sfn = SfnClient.builder().endpointOverride(moto.endpoint()).region(MotoServer.REGION)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        lambda = LambdaClient.builder().endpointOverride(moto.endpoint()).region(MotoServer.REGION)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        iam = IamClient.builder().endpointOverride(moto.endpoint()).region(software.amazon.awssdk.regions.Region.AWS_GLOBAL)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        s3 = moto.clients().s3();
    }

    static StepFunctionsEmulator shared() {
        return Holder.SHARED;
    }

    LambdaStandIn lambdas() {
        return standIn;
    }

    S3Client s3() {
        return s3;
    }

    /**
     * Forgets everything from the previous execution, turns on state machine execution, and creates one function
     * per placeholder; returns placeholder → function ARN.
     */
    Map<String, String> prepare() {
        moto.reset();
        moto.enableStateMachineExecution();
        standIn.clear();
        String role = iam.createRole(r -> r.roleName("datamind-test").assumeRolePolicyDocument(ROLE_TRUST)).role().arn();
        Map<String, String> arns = new LinkedHashMap<>();
        for (String placeholder : AslDefinition.PLACEHOLDERS) {
            String arn = lambda.createFunction(f -> f.functionName(AslDefinition.functionOf(placeholder))
                    .runtime(Runtime.JAVA21).role(role).handler("io.datamind.Handler")
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(dummyZip())))).functionArn();
            arns.put(placeholder, arn);
        }
        return arns;
    }

    /** Creates the state machine from the definition with the ARNs substituted; returns its ARN. */
    String deploy(AslDefinition definition, Map<String, String> arns) {
        String role = iam.getRole(r -> r.roleName("datamind-test")).role().arn();
        return sfn.createStateMachine(s -> s.name("datamind").roleArn(role).definition(definition.substitute(arns)))
                .stateMachineArn();
    }

    /** Starts an execution and waits until it stops. */
    Execution run(String stateMachineArn, JsonNode input) {
        String executionArn;
        try {
            String json = JSON.writeValueAsString(input);
            executionArn = sfn.startExecution(s -> s.stateMachineArn(stateMachineArn).input(json)).executionArn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(EXECUTION_TIMEOUT);
        DescribeExecutionResponse description = sfn.describeExecution(d -> d.executionArn(executionArn));
        while (description.status() == ExecutionStatus.RUNNING) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("execution still running after " + EXECUTION_TIMEOUT);
            }
            sleep();
            description = sfn.describeExecution(d -> d.executionArn(executionArn));
        }
        List<HistoryEvent> history = sfn.getExecutionHistoryPaginator(h -> h.executionArn(executionArn).maxResults(1000))
                .events().stream().toList();
        return new Execution(description, history);
    }

    private static byte[] dummyZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write("moto does not run this code".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
