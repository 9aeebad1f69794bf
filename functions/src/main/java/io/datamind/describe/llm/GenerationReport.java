package io.datamind.describe.llm;

import java.util.List;

/**
 * What writing descriptions with a model cost in one run; serialised as the dictionary's {@code generation}.
 *
 * @param calls            HTTP requests sent to the model, retries and repair requests included
 * @param estimatedCostUsd null unless a price table was configured
 * @param fallbackTables   tables (or column chunks) that got heuristic text instead, with the reason
 */
public record GenerationReport(
        String provider,
        String model,
        long calls,
        long promptTokens,
        long completionTokens,
        long cacheHits,
        long retries,
        long fallbacks,
        Double estimatedCostUsd,
        List<Fallback> fallbackTables) {

    public record Fallback(String table, String reason) {
    }

    public GenerationReport {
        fallbackTables = List.copyOf(fallbackTables);
    }
}
