package io.datamind.describe.llm;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** Counts one run's model usage from many threads at once; {@link #report} takes a snapshot. */
public final class GenerationStats {

    private final String provider;
    private final String model;
    private final PriceTable prices;
    private final LongAdder calls = new LongAdder();
    private final LongAdder promptTokens = new LongAdder();
    private final LongAdder completionTokens = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final ConcurrentLinkedQueue<GenerationReport.Fallback> fallbacks = new ConcurrentLinkedQueue<>();

    /** @param prices null when no price table is configured */
    public GenerationStats(String provider, String model, PriceTable prices) {
        this.provider = provider;
        this.model = model;
        this.prices = prices;
    }

    void called() {
        calls.increment();
    }

    void used(ModelReply reply) {
        promptTokens.add(reply.inputTokens());
        completionTokens.add(reply.outputTokens());
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void retried() {
        retries.increment();
    }

    void fellBack(String table, String reason) {
        fallbacks.add(new GenerationReport.Fallback(table, reason));
    }

    public long tokensUsed() {
        return promptTokens.sum() + completionTokens.sum();
    }

    public GenerationReport report() {
        long input = promptTokens.sum();
        long output = completionTokens.sum();
        List<GenerationReport.Fallback> fellBack = List.copyOf(fallbacks);
        return new GenerationReport(provider, model, calls.sum(), input, output, cacheHits.sum(), retries.sum(),
                fellBack.size(), prices == null ? null : prices.cost(input, output), fellBack);
    }
}
