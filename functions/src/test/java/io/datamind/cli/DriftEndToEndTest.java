package io.datamind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import io.datamind.testing.DictionarySchema;
import io.datamind.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift on real PostgreSQL: document, alter one table, document again into the same folder. */
class DriftEndToEndTest {

    @TempDir
    Path temp;

    @BeforeEach
    void createSchema() throws Exception {
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg,
                    "DROP SCHEMA IF EXISTS dm_drift CASCADE",
                    "CREATE SCHEMA dm_drift",
                    "CREATE TABLE dm_drift.customer (id int PRIMARY KEY, name text NOT NULL, city text NOT NULL, score int)",
                    "CREATE TABLE dm_drift.purchase (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES dm_drift.customer, "
                            + "amount numeric(10,2))",
                    customers(1, 200),
                    "INSERT INTO dm_drift.purchase SELECT g, 1 + g % 200, g * 1.5 FROM generate_series(1, 300) g");
        }
    }

    @Test
    void secondRunNamesExactlyTheAlterationsInChangesJsonReadmeAndHtml() throws Exception {
        Path out = temp.resolve("out");
        CliRun first = document(out);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(out.resolve("changes.json")).as("nothing to compare with yet").doesNotExist();
        assertThat(readTree(out.resolve("dictionary.json")).has("changes")).isFalse();
        String firstRunId = readTree(out.resolve("dictionary.json")).at("/run/runId").asText();

        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg,
                    "ALTER TABLE dm_drift.customer ADD COLUMN email text",
                    "ALTER TABLE dm_drift.customer ALTER COLUMN score TYPE bigint",
                    "ALTER TABLE dm_drift.customer ALTER COLUMN city DROP NOT NULL",
                    customers(201, 300));
        }
        CliRun second = document(out);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("4 changes since run " + firstRunId);
        JsonNode changes = readTree(out.resolve("changes.json"));
        assertThat(changes.path("previousRunId").asText()).isEqualTo(firstRunId);
        List<JsonNode> list = new ArrayList<>();
        changes.path("changes").forEach(list::add);
        assertThat(list).extracting(c -> c.path("kind").asText(), c -> c.at("/table/name").asText(), c -> c.path("column").asText(null))
                .containsExactly(
                        tuple("column_nullability_changed", "customer", "city"),
                        tuple("column_type_changed", "customer", "score"),
                        tuple("column_added", "customer", "email"),
                        tuple("row_count_shift", "customer", null));
        assertThat(list.get(0).path("before").asText()).isEqualTo("not null");
        assertThat(list.get(0).path("after").asText()).isEqualTo("nullable");
        assertThat(list.get(1).path("before").asText()).isIn("integer", "int4");
        assertThat(list.get(1).path("after").asText()).isIn("bigint", "int8");
        assertThat(list.get(2).path("after").asText()).isEqualTo("text");
        assertThat(list.get(3).path("before").asText()).isEqualTo("200");
        assertThat(list.get(3).path("after").asText()).isEqualTo("300");
        assertThat(list.get(3).path("message").asText()).isEqualTo("Row count changed from 200 to 300 (+50%).");

        JsonNode dictionary = readTree(out.resolve("dictionary.json"));
        assertThat(dictionary.path("changes")).isEqualTo(changes);
        assertThat(DictionarySchema.validate(out.resolve("dictionary.json"))).isEmpty();

        String readme = Files.readString(out.resolve("README.md"));
        assertThat(readme).contains("## Changes\n\n4 changes since run `" + firstRunId + "`")
                .contains("| dm_drift.customer | email | column added |")
                .contains("Row count changed from 200 to 300 (+50%).");
        assertThat(readme.indexOf("## Changes")).isLessThan(readme.indexOf("## Tables"));
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("<section id=\"changes\" class=\"changes\"><h2>Changes</h2>")
                .contains("<tr data-kind=\"column_type_changed\"><td><a href=\"#t-dm_drift.customer\">dm_drift.customer</a><td>score")
                .contains("Column city now accepts nulls (it was NOT NULL).");

        CliRun unchanged = document(out);
        assertThat(unchanged.out()).contains("0 changes since run");
        assertThat(readTree(out.resolve("changes.json")).path("changes").size()).isZero();
        assertThat(Files.readString(out.resolve("README.md"))).doesNotContain("## Changes");
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("id=\"changes\"");
    }

    @Test
    void previousRunOfAnotherSourceOrUnreadableIsNotComparedAndSaysWhy() throws Exception {
        Path out = temp.resolve("out");
        assertThat(document(out).exitCode()).isZero();

        CliRun otherName = document(out, "--name", "elsewhere");
        assertThat(otherName.exitCode()).as(otherName.err()).isZero();
        assertThat(otherName.err()).contains("datamind: not comparing with the previous run: " + out.toAbsolutePath().resolve("dictionary.json")
                + " documents postgresql source 'test', this run documents postgresql source 'elsewhere'");
        assertThat(out.resolve("changes.json")).doesNotExist();

        Files.writeString(out.resolve("dictionary.json"), "{ not json");
        CliRun unreadable = document(out, "--name", "elsewhere");
        assertThat(unreadable.exitCode()).as(unreadable.err()).isZero();
        assertThat(unreadable.err().lines().filter(l -> l.startsWith("datamind: not comparing")).toList()).hasSize(1)
                .first().asString().contains("cannot be read");
        assertThat(out.resolve("changes.json")).doesNotExist();
    }

    @Test
    void explicitPreviousIsComparedWhateverItDocumentsAndNoCompareSkipsIt() throws Exception {
        Path first = temp.resolve("first");
        assertThat(document(first).exitCode()).isZero();
        Path saved = Files.copy(first.resolve("dictionary.json"), temp.resolve("baseline.json"), StandardCopyOption.REPLACE_EXISTING);
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg, "ALTER TABLE dm_drift.purchase DROP CONSTRAINT purchase_customer_id_fkey",
                    "CREATE TABLE dm_drift.refund (id int PRIMARY KEY)");
        }

        CliRun compared = document(temp.resolve("second"), "--previous", saved.toString(), "--name", "renamed");
        assertThat(compared.exitCode()).as(compared.err()).isZero();
        JsonNode changes = readTree(temp.resolve("second/changes.json")).path("changes");
        assertThat(changes.size()).isEqualTo(2);
        assertThat(changes.at("/0/kind").asText()).isEqualTo("foreign_key_removed");
        assertThat(changes.at("/0/before").asText()).isEqualTo("(customer_id) → dm_drift.customer (id)");
        assertThat(changes.at("/1/kind").asText()).isEqualTo("table_added");
        assertThat(changes.at("/1/table/name").asText()).isEqualTo("refund");

        CliRun skipped = document(first, "--no-compare");
        assertThat(skipped.exitCode()).isZero();
        assertThat(first.resolve("changes.json")).doesNotExist();
        assertThat(readTree(first.resolve("dictionary.json")).has("changes")).isFalse();

        CliRun missing = document(first, "--previous", temp.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(missing.err()).contains("--previous: cannot read");
    }

    private static String customers(int from, int to) {
        return "INSERT INTO dm_drift.customer SELECT g, 'Customer ' || g, 'City ' || (g % 4), g % 10 FROM generate_series("
                + from + ", " + to + ") g";
    }

    private static CliRun document(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("document", "--url", TestDatabases.postgresUrl(), "--schema", "dm_drift",
                "--out", out.toString(), "--format", "json,md,html", "--parallelism", "2"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode readTree(Path file) throws IOException {
        return Json.mapper().readTree(file.toFile());
    }
}
