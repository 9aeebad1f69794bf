package io.datamind.describe.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-table snapshots of the Lambda describe step and their sum in the dictionary. */
class GenerationReportTest {

    private static GenerationReport.Fallback fallback(String table) {
        return new GenerationReport.Fallback(table, "invalid answer");
    }

    @Test
    void sinceKeepsOnlyWhatHappenedAfterTheEarlierSnapshot() {
        GenerationReport earlier = new GenerationReport("openai", "m", 2, 100, 40, 1, 0, 1, 0.5, List.of(fallback("a")));
        GenerationReport later = new GenerationReport("openai", "m", 5, 260, 90, 3, 1, 2, 1.25,
                List.of(fallback("a"), fallback("b")));

        GenerationReport table = later.since(earlier);

        assertThat(table).isEqualTo(new GenerationReport("openai", "m", 3, 160, 50, 2, 1, 1, 0.75, List.of(fallback("b"))));
    }

    @Test
    void sumAddsEveryFigureAndKeepsEveryFallback() {
        GenerationReport one = new GenerationReport("openai", "m", 1, 100, 30, 0, 0, 0, null, List.of());
        GenerationReport two = new GenerationReport("openai", "m", 0, 0, 0, 1, 0, 0, null, List.of());
        GenerationReport three = new GenerationReport("openai", "m", 2, 50, 10, 0, 1, 1, null, List.of(fallback("c")));

        assertThat(GenerationReport.sum(List.of(one, two, three)))
                .isEqualTo(new GenerationReport("openai", "m", 3, 150, 40, 1, 1, 1, null, List.of(fallback("c"))));
        assertThat(GenerationReport.sum(List.of())).isNull();
    }

    @Test
    void costsAddUpWhenPriced() {
        GenerationReport priced = new GenerationReport("bedrock", "m", 1, 10, 10, 0, 0, 0, 0.25, List.of());
        assertThat(priced.plus(priced).estimatedCostUsd()).isEqualTo(0.5);
    }
}
