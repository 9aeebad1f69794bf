package io.datamind.describe.llm;

/** One chat-style language model behind a provider's wire format. Implementations are thread-safe. */
public interface ChatModel {

    /**
     * @throws ModelCallException when the provider refuses or fails; {@link ModelCallException#retryable()} says
     *                            whether the same request may succeed later
     */
    ModelReply complete(ModelRequest request);

    /** "bedrock" or "openai": recorded in the generation report and the cache key. */
    String provider();

    String model();
}
