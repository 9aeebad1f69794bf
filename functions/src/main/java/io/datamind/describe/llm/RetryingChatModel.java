package io.datamind.describe.llm;

import java.time.Duration;

/** Retries a model on 429, 5xx and timeouts with backoff, counting every retry in the run's statistics. */
public final class RetryingChatModel implements ChatModel {

    /** Waits between attempts; tests replace it to record the delays instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final ChatModel model;
    private final RetryPolicy policy;
    private final GenerationStats stats;
    private final Sleeper sleeper;

    public RetryingChatModel(ChatModel model, RetryPolicy policy, GenerationStats stats, Sleeper sleeper) {
        this.model = model;
        this.policy = policy;
        this.stats = stats;
        this.sleeper = sleeper;
    }

    public RetryingChatModel(ChatModel model, RetryPolicy policy, GenerationStats stats) {
        this(model, policy, stats, duration -> Thread.sleep(duration.toMillis()));
    }

    @Override
    public ModelReply complete(ModelRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                stats.called();
                return model.complete(request);
            } catch (ModelCallException e) {
                if (!e.retryable() || attempt >= policy.maxAttempts()) {
                    throw e;
                }
                stats.retried();
                pause(policy.delayBefore(attempt, e.retryAfter()), e);
            }
        }
    }

    private void pause(Duration delay, ModelCallException cause) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException("interrupted while waiting to retry", false, null, cause);
        }
    }

    @Override
    public String provider() {
        return model.provider();
    }

    @Override
    public String model() {
        return model.model();
    }
}
