package io.datamind.describe.llm.bedrock;

import io.datamind.describe.llm.ChatModel;
import io.datamind.describe.llm.ModelCallException;
import io.datamind.describe.llm.ModelReply;
import io.datamind.describe.llm.ModelRequest;
import io.datamind.describe.llm.RetryAfter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;

/**
 * Amazon Bedrock through the model-agnostic Converse API. The SDK's own retries are switched off: the
 * describer's retry policy (with Retry-After and jitter) is the only one, so its counts are true.
 */
public final class BedrockChatModel implements ChatModel, AutoCloseable {

    /**
     * @param region           null lets the SDK's region chain decide
     * @param endpointOverride null for the real service; a local server in tests
     * @param credentials      null for the default credentials chain
     */
    public record Settings(String modelId, String region, URI endpointOverride, AwsCredentialsProvider credentials,
                           Duration timeout) {
    }

    private final Settings settings;
    private final BedrockRuntimeClient client;

    public BedrockChatModel(Settings settings) {
        this.settings = settings;
        BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(settings.timeout()).connectionTimeout(settings.timeout()).build())
                .credentialsProvider(settings.credentials() == null ? DefaultCredentialsProvider.builder().build() : settings.credentials())
                .overrideConfiguration(config -> config.retryPolicy(RetryPolicy.none())
                        .apiCallAttemptTimeout(settings.timeout()));
        if (settings.region() != null && !settings.region().isBlank()) {
            builder.region(Region.of(settings.region()));
        }
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        this.client = builder.build();
    }

    @Override
    public ModelReply complete(ModelRequest request) {
        List<Message> messages = request.turns().stream().map(turn -> Message.builder()
                .role(turn.role() == ModelRequest.Role.USER ? ConversationRole.USER : ConversationRole.ASSISTANT)
                .content(ContentBlock.fromText(turn.text())).build()).toList();
        try {
            ConverseResponse response = client.converse(converse -> converse.modelId(settings.modelId())
                    .system(SystemContentBlock.fromText(request.system()))
                    .messages(messages)
                    .inferenceConfig(config -> config.maxTokens(request.maxOutputTokens()).temperature(0f)));
            return reply(response);
        } catch (SdkServiceException e) {
            Optional<String> retryAfter = e instanceof software.amazon.awssdk.awscore.exception.AwsServiceException aws
                    && aws.awsErrorDetails() != null && aws.awsErrorDetails().sdkHttpResponse() != null
                    ? aws.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After") : Optional.empty();
            boolean retryable = ModelCallException.isRetryableStatus(e.statusCode()) || e.isThrottlingException();
            throw new ModelCallException("Bedrock HTTP " + e.statusCode() + ": " + e.getMessage(), retryable, RetryAfter.parse(retryAfter), e);
        } catch (ApiCallAttemptTimeoutException | ApiCallTimeoutException e) {
            throw new ModelCallException("no answer from Bedrock within " + settings.timeout().toSeconds() + " s", true, null, e);
        } catch (SdkClientException e) {
            boolean timeout = e.getCause() instanceof java.net.SocketTimeoutException
                    || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timed out");
            throw new ModelCallException("Bedrock client error: " + e.getMessage(), timeout || e.retryable(), null, e);
        }
    }

    private static ModelReply reply(ConverseResponse response) {
        StringBuilder text = new StringBuilder();
        if (response.output() != null && response.output().message() != null) {
            response.output().message().content().stream().map(ContentBlock::text)
                    .filter(java.util.Objects::nonNull).forEach(text::append);
        }
        TokenUsage usage = response.usage();
        return new ModelReply(text.toString(), usage == null || usage.inputTokens() == null ? 0 : usage.inputTokens(),
                usage == null || usage.outputTokens() == null ? 0 : usage.outputTokens(), response.stopReasonAsString());
    }

    @Override
    public String provider() {
        return "bedrock";
    }

    @Override
    public String model() {
        return settings.modelId();
    }

    @Override
    public void close() {
        client.close();
    }
}
