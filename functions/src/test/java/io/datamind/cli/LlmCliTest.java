package io.datamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.describe.llm.Answers;
import io.datamind.describe.llm.FakeModelServer;
import io.datamind.docs.Json;
import io.datamind.testing.DictionarySchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo documented through an OpenAI-compatible server: cached re-run, export, review, overrides applied. */
class LlmCliTest {

    @TempDir
    Path temp;

    @Test
    void demoWithAModelThenCacheThenReviewedOverrides() throws Exception {
        try (FakeModelServer server = new FakeModelServer().answering(Answers::valid)) {
            Path out = temp.resolve("out");
            Path cache = temp.resolve("cache");
            String[] llm = {"--describer", "openai", "--base-url", server.openAiBase().toString(), "--model", "test-model",
                    "--cache-dir", cache.toString(), "--llm-concurrency", "3", "--format", "json", "--out", out.toString()};

            CliRun first = CliRun.of(concat(new String[] {"demo"}, llm));
            assertThat(first.exitCode()).as(first.err()).isZero();
            JsonNode dictionary = Json.mapper().readTree(out.resolve("dictionary.json").toFile());
            int tables = dictionary.path("tables").size();
            assertThat(DictionarySchema.validate(dictionary)).isEmpty();
            assertThat(dictionary.path("run").path("describer").asText()).isEqualTo("openai:test-model");
            JsonNode generation = dictionary.path("generation");
            assertThat(generation.path("calls").asLong()).isEqualTo(server.requests()).isEqualTo(tables);
            assertThat(generation.path("cacheHits").asLong()).isZero();
            assertThat(generation.path("promptTokens").asLong()).isPositive();
            JsonNode firstTable = dictionary.path("tables").path(0).path("description");
            assertThat(firstTable.path("columns").path(0).path("description").path("source").asText()).isIn("llm", "database");
            assertThat(first.out()).contains("Descriptions by openai test-model: " + tables + " calls");

            // --full: describe every table again (an unchanged table would otherwise keep its description), from the cache
            CliRun second = CliRun.of(concat(new String[] {"demo", "--full"}, llm));
            assertThat(second.exitCode()).as(second.err()).isZero();
            JsonNode again = Json.mapper().readTree(out.resolve("dictionary.json").toFile()).path("generation");
            assertThat(again.path("calls").asLong()).isZero();
            assertThat(again.path("cacheHits").asLong()).isEqualTo(tables);
            assertThat(server.requests()).isEqualTo(tables);

            Path overrides = temp.resolve("overrides.yaml");
            CliRun export = CliRun.of("export-descriptions", "--from", out.resolve("dictionary.json").toString(), "--to", overrides.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            String table = dictionary.path("tables").path(0).path("table").path("name").asText();
            String yaml = Files.readString(overrides);
            assertThat(yaml).contains("Model text for " + table + ".");
            Files.writeString(overrides, yaml.replace("Model text for " + table + ".", "Reviewed by the data team."));

            CliRun reviewed = CliRun.of(concat(new String[] {"demo", "--overrides", overrides.toString()}, llm));
            assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();
            JsonNode afterReview = Json.mapper().readTree(out.resolve("dictionary.json").toFile());
            assertThat(DictionarySchema.validate(afterReview)).isEmpty();
            JsonNode reviewedTable = afterReview.path("tables").path(0).path("description").path("description");
            assertThat(reviewedTable.path("text").asText()).isEqualTo("Reviewed by the data team.");
            assertThat(reviewedTable.path("status").asText()).isEqualTo("accepted");
            // every exported model text came back accepted; database comments were never exported and stay unreviewed
            java.util.List<JsonNode> descriptions = new java.util.ArrayList<>();
            afterReview.path("tables").forEach(t -> {
                descriptions.add(t.path("description").path("description"));
                t.path("description").path("columns").forEach(c -> descriptions.add(c.path("description")));
            });
            assertThat(descriptions).filteredOn(d -> d.path("source").asText().equals("llm")).hasSizeGreaterThan(tables)
                    .allSatisfy(d -> assertThat(d.path("status").asText()).isEqualTo("accepted"));
            assertThat(descriptions).filteredOn(d -> d.path("source").asText().equals("database"))
                    .allSatisfy(d -> assertThat(d.has("status")).isFalse());
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
