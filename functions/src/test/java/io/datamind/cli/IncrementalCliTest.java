package io.datamind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.describe.llm.Answers;
import io.datamind.describe.llm.FakeModelServer;
import io.datamind.docs.Json;
import io.datamind.incremental.TableReads;
import io.datamind.testing.DictionarySchema;
import io.datamind.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs through the CLI on real PostgreSQL with an OpenAI-compatible model: a re-run with nothing changed
 * reads no table beyond the scan's row count and calls no model; one altered table is the only one profiled and
 * described again; {@code --full} redoes every table.
 */
class IncrementalCliTest {

    private static final String SCHEMA = "dm_incr_cli";

    @TempDir
    Path temp;

    @BeforeEach
    void createSchema() throws Exception {
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg,
                    "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
                    "CREATE SCHEMA " + SCHEMA,
                    "CREATE TABLE " + SCHEMA + ".customer (id int PRIMARY KEY, name text NOT NULL, city text)",
                    "CREATE TABLE " + SCHEMA + ".purchase (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES "
                            + SCHEMA + ".customer, amount numeric(10,2))",
                    "CREATE TABLE " + SCHEMA + ".note (id int PRIMARY KEY, body text NOT NULL)",
                    "INSERT INTO " + SCHEMA + ".customer SELECT g, 'Customer ' || g, 'City ' || (g % 7) FROM generate_series(1, 200) g",
                    "INSERT INTO " + SCHEMA + ".purchase SELECT g, 1 + g % 200, g * 1.5 FROM generate_series(1, 300) g",
                    "INSERT INTO " + SCHEMA + ".note SELECT g, 'Note ' || g FROM generate_series(1, 100) g");
        }
    }

    @Test
    void unchangedTablesKeepTheirProfileAndDescriptionAndFullRedoesThem() throws Exception {
        try (FakeModelServer model = new FakeModelServer().answering(Answers::valid)) {
            Path out = temp.resolve("out");
            CliRun first = document(model, out, 1);
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(model.requests()).isEqualTo(3);
            JsonNode firstDictionary = dictionary(out);
            String firstRun = firstDictionary.at("/run/runId").asText();
            assertThat(DictionarySchema.validate(firstDictionary)).isEmpty();
            assertThat(firstDictionary.get("tables")).allSatisfy(table -> {
                assertThat(table.at("/fingerprint/hash").asText()).hasSize(64);
                assertThat(table.at("/fingerprint/dataMarker").asText()).contains("rows=").contains("ins=");
                assertThat(table.has("reusedFrom")).isFalse();
            });

            Map<String, Long> beforeUnchanged = TableReads.of(SCHEMA);
            CliRun unchanged = document(model, out, 2);
            Map<String, Long> unchangedReads = TableReads.since(beforeUnchanged, TableReads.of(SCHEMA));

            assertThat(unchanged.exitCode()).as(unchanged.err()).isZero();
            assertThat(model.requests()).as("no model call for unchanged tables").isEqualTo(3);
            assertThat(unchanged.out()).contains("3 tables unchanged since the previous run kept their profile and description");
            JsonNode second = dictionary(out);
            assertThat(DictionarySchema.validate(second)).isEmpty();
            for (String table : List.of("customer", "purchase", "note")) {
                JsonNode now = table(second, table);
                JsonNode before = table(firstDictionary, table);
                assertThat(now.get("reusedFrom").asText()).isEqualTo(firstRun);
                assertThat(now.get("profile")).isEqualTo(before.get("profile"));
                assertThat(now.get("description")).isEqualTo(before.get("description"));
                assertThat(now.get("quality")).isEqualTo(before.get("quality"));
                assertThat(now.get("fingerprint")).isEqualTo(before.get("fingerprint"));
            }
            assertThat(second.at("/changes/changes")).isEmpty();
            // the scan counts each small table exactly once; profiling and the quality checks would read it again
            assertThat(unchangedReads).containsExactlyInAnyOrderEntriesOf(Map.of("customer", 1L, "purchase", 1L, "note", 1L));

            try (Connection pg = TestDatabases.postgres()) {
                TestDatabases.execute(pg,
                        "ALTER TABLE " + SCHEMA + ".note ADD COLUMN author text",
                        "INSERT INTO " + SCHEMA + ".note SELECT g, 'Note ' || g, 'Author ' || (g % 3) FROM generate_series(101, 150) g");
            }
            Map<String, Long> beforeAltered = TableReads.of(SCHEMA);
            CliRun altered = document(model, out, 3);
            Map<String, Long> alteredReads = TableReads.since(beforeAltered, TableReads.of(SCHEMA));

            assertThat(altered.exitCode()).as(altered.err()).isZero();
            assertThat(model.requests()).as("only the altered table is described again").isEqualTo(4);
            assertThat(model.bodies().get(3)).contains("note").contains("author");
            JsonNode third = dictionary(out);
            assertThat(table(third, "note").has("reusedFrom")).isFalse();
            assertThat(table(third, "note").at("/profile/columns")).hasSize(3);
            assertThat(table(third, "customer").get("reusedFrom").asText()).isEqualTo(firstRun);
            assertThat(table(third, "purchase").get("reusedFrom").asText()).isEqualTo(firstRun);
            assertThat(alteredReads.get("customer")).isEqualTo(1L);
            assertThat(alteredReads.get("purchase")).isEqualTo(1L);
            assertThat(alteredReads.get("note")).isGreaterThan(1L);
            List<JsonNode> changes = new ArrayList<>();
            third.at("/changes/changes").forEach(changes::add);
            assertThat(changes).extracting(c -> c.path("kind").asText(), c -> c.at("/table/name").asText(), c -> c.path("column").asText(null))
                    .containsExactly(tuple("column_added", "note", "author"), tuple("row_count_shift", "note", null));

            Map<String, Long> beforeFull = TableReads.of(SCHEMA);
            CliRun full = document(model, out, 4, "--full");
            Map<String, Long> fullReads = TableReads.since(beforeFull, TableReads.of(SCHEMA));

            assertThat(full.exitCode()).as(full.err()).isZero();
            assertThat(model.requests()).as("--full describes every table again").isEqualTo(7);
            JsonNode fourth = dictionary(out);
            assertThat(fourth.get("tables")).allSatisfy(table -> assertThat(table.has("reusedFrom")).isFalse());
            assertThat(fullReads.values()).allSatisfy(reads -> assertThat(reads).isGreaterThan(1L));
            assertThat(full.out()).doesNotContain("unchanged since the previous run");
        }
    }

    /** Each run gets its own description cache, so every description the run writes is a model call. */
    private CliRun document(FakeModelServer model, Path out, int run, String... extra) {
        List<String> args = new ArrayList<>(List.of("document", "--url", TestDatabases.postgresUrl(), "--schema", SCHEMA,
                "--describer", "openai", "--base-url", model.openAiBase().toString(), "--model", "test-model",
                "--cache-dir", temp.resolve("cache-" + run).toString(), "--format", "json,md", "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode dictionary(Path out) throws Exception {
        return Json.mapper().readTree(out.resolve("dictionary.json").toFile());
    }

    private static JsonNode table(JsonNode dictionary, String name) {
        for (JsonNode table : dictionary.get("tables")) {
            if (table.at("/table/name").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name);
    }
}
