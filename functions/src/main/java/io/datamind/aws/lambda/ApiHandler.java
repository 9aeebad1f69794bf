package io.datamind.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.datamind.api.ApiRequest;
import io.datamind.api.ApiResponse;
import io.datamind.api.DataMindApi;
import io.datamind.api.RunsService;
import io.datamind.api.SourcesService;
import io.datamind.aws.AwsClients;
import io.datamind.aws.DynamoDbRunStore;
import io.datamind.aws.S3BlobStore;
import io.datamind.aws.S3DocumentationLinks;
import io.datamind.aws.S3PublishedRuns;
import io.datamind.aws.S3SourceRegistry;
import io.datamind.aws.StepFunctionsRunExecutions;
import io.datamind.aws.StepFunctionsRunStarter;
import io.datamind.docs.Json;
import io.datamind.pipeline.remote.SourceRegistry;
import io.datamind.pipeline.store.RunStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * API Gateway (REST API, Lambda proxy integration) in front of {@link DataMindApi}: translates the proxy event into
 * an {@link ApiRequest} and the answer into a proxy response. Authorisation happens before the event arrives (IAM
 * by default); every request is logged as one line without its body.
 */
public final class ApiHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final Duration REGISTRY_MAX_AGE = Duration.ofMinutes(1);

    /** One wiring per Lambda container, built on the first request. */
    private static final class Container {
        private static final DataMindApi SHARED = wire(AwsClients.fromEnvironment(),
                ApiConfig.fromEnvironment(System.getenv()), Clock.systemUTC());
    }

    private final Supplier<DataMindApi> api;

    public ApiHandler() {
        this(() -> Container.SHARED);
    }

    public ApiHandler(Supplier<DataMindApi> api) {
        this.api = api;
    }

    public static DataMindApi wire(AwsClients clients, ApiConfig config, Clock clock) {
        LambdaConfig pipeline = config.pipeline();
        RunStore store = new DynamoDbRunStore(clients.dynamoDb(),
                new S3BlobStore(clients.s3(), pipeline.docsBucket(), LambdaConfig.STATE_PREFIX),
                DynamoDbRunStore.Settings.of(pipeline.table(), pipeline.retentionDays()), clock);
        SourceRegistry registry = new S3SourceRegistry(clients.s3(), pipeline.sources(), REGISTRY_MAX_AGE, clock);
        S3DocumentationLinks links = new S3DocumentationLinks(clients.s3(), clients.s3Presigner(), pipeline.docsBucket(),
                config.linkTtl());
        RunsService runs = new RunsService(store, registry,
                new StepFunctionsRunStarter(clients.stepFunctions(), config.stateMachineArn()),
                new StepFunctionsRunExecutions(clients.stepFunctions(), config.stateMachineArn()),
                links, config.inputBucket(), clock);
        return new DataMindApi(runs, new SourcesService(registry, store,
                new S3PublishedRuns(clients.s3(), pipeline.docsBucket()), links));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ApiGatewayRequest event = Json.mapper().readValue(input, ApiGatewayRequest.class);
        ApiRequest request = new ApiRequest(event.httpMethod(), event.path(), event.queryStringParameters(),
                event.headers(), body(event), context == null ? null : context.getAwsRequestId());
        ApiResponse response = PowertoolsLogging.withLogging(context, () -> {
            long started = System.nanoTime();
            ApiResponse answer = api.get().handle(request);
            LOG.info("{} {} -> {} in {} ms", request.method(), request.path(), answer.status(),
                    (System.nanoTime() - started) / 1_000_000);
            return answer;
        });
        Json.mapper().writeValue(output, new ApiGatewayResponse(response.status(), response.headers(), response.body(), false));
    }

    private static byte[] body(ApiGatewayRequest event) {
        if (event.body() == null) {
            return new byte[0];
        }
        return event.isBase64Encoded() ? Base64.getDecoder().decode(event.body())
                : event.body().getBytes(StandardCharsets.UTF_8);
    }
}
