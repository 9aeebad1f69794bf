package io.datamind.describe.llm;

import java.util.ArrayList;
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

    /**
     * What happened between {@code earlier} and this snapshot of the same {@link GenerationStats}; fallbacks are
     * kept in arrival order, so the new ones are those past the earlier count.
     */
    public GenerationReport since(GenerationReport earlier) {
        List<Fallback> added = fallbackTables.subList(Math.min(earlier.fallbackTables().size(), fallbackTables.size()),
                fallbackTables.size());
        return new GenerationReport(provider, model, calls - earlier.calls(), promptTokens - earlier.promptTokens(),
                completionTokens - earlier.completionTokens(), cacheHits - earlier.cacheHits(), retries - earlier.retries(),
                added.size(), difference(estimatedCostUsd, earlier.estimatedCostUsd()), added);
    }

    /** One table (or chunk) that got heuristic text without asking the model. */
    public static GenerationReport fallback(String provider, String model, String table, String reason) {
        return new GenerationReport(provider, model, 0, 0, 0, 0, 0, 1, null, List.of(new Fallback(table, reason)));
    }

    /** Both reports together, e.g. the tables of one run described by separate Lambda invocations. */
    public GenerationReport plus(GenerationReport other) {
        List<Fallback> fellBack = new ArrayList<>(fallbackTables);
        fellBack.addAll(other.fallbackTables());
        return new GenerationReport(provider, model, calls + other.calls(), promptTokens + other.promptTokens(),
                completionTokens + other.completionTokens(), cacheHits + other.cacheHits(), retries + other.retries(),
                fallbacks + other.fallbacks(), sum(estimatedCostUsd, other.estimatedCostUsd()), fellBack);
    }

    /** The sum of all reports; null when there is none (no table was described by a model). */
    public static GenerationReport sum(List<GenerationReport> reports) {
        return reports.stream().reduce(GenerationReport::plus).orElse(null);
    }

    private static Double difference(Double later, Double earlier) {
        if (later == null) {
            return null;
        }
        return earlier == null ? later : Double.valueOf(later - earlier);
    }

    private static Double sum(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Double.valueOf(a + b);
    }
}
