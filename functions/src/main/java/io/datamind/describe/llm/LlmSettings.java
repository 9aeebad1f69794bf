package io.datamind.describe.llm;

import java.time.Duration;

/**
 * How the LLM describer spends calls.
 *
 * @param maxColumnsPerCall wider tables are described in chunks of this many columns, each with the table context
 * @param concurrency       model calls in flight at once across the whole run
 * @param tokenBudget       prompt + completion tokens the run may spend; 0 for no limit
 * @param timeout           upper bound of one HTTP request to the model
 */
public record LlmSettings(int maxColumnsPerCall, int concurrency, long tokenBudget, int maxOutputTokens, Duration timeout) {

    public static final LlmSettings DEFAULTS = new LlmSettings(50, 4, 0, 4096, Duration.ofSeconds(60));

    public LlmSettings {
        if (maxColumnsPerCall < 1 || concurrency < 1 || tokenBudget < 0 || maxOutputTokens < 1) {
            throw new IllegalArgumentException("columns per call, concurrency and output tokens must be positive, the budget not negative");
        }
    }

    public LlmSettings withConcurrency(int value) {
        return new LlmSettings(maxColumnsPerCall, value, tokenBudget, maxOutputTokens, timeout);
    }

    public LlmSettings withTokenBudget(long value) {
        return new LlmSettings(maxColumnsPerCall, concurrency, value, maxOutputTokens, timeout);
    }

    public LlmSettings withMaxColumnsPerCall(int value) {
        return new LlmSettings(value, concurrency, tokenBudget, maxOutputTokens, timeout);
    }
}
