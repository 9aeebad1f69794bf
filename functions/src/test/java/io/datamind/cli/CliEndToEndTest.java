package io.datamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import io.datamind.testing.DictionarySchema;
import io.datamind.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it, against real databases, asserting files, figures and exit codes. */
class CliEndToEndTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void createFixtures() throws Exception {
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg,
                    "DROP SCHEMA IF EXISTS dm_e2e CASCADE",
                    "CREATE SCHEMA dm_e2e",
                    "CREATE TABLE dm_e2e.customer (customer_id int PRIMARY KEY, email text NOT NULL, city text, prefs jsonb)",
                    "CREATE TABLE dm_e2e.purchase (purchase_id int PRIMARY KEY, customer_id int NOT NULL "
                            + "REFERENCES dm_e2e.customer, amount numeric(10,2), bought_at timestamp)",
                    "INSERT INTO dm_e2e.customer SELECT g, 'user' || g || '@example.com', "
                            + "CASE WHEN g % 10 = 0 THEN NULL ELSE 'City ' || (g % 7) END, "
                            + "jsonb_build_object('newsletter', g % 2 = 0) FROM generate_series(1, 500) g",
                    "INSERT INTO dm_e2e.purchase SELECT g, 1 + g % 500, g * 1.5, "
                            + "timestamp '2026-01-01' + g * interval '1 hour' FROM generate_series(1, 2000) g",
                    "DROP SCHEMA IF EXISTS dm_e2e_partial CASCADE",
                    "CREATE SCHEMA dm_e2e_partial",
                    "CREATE TABLE dm_e2e_partial.healthy (id int PRIMARY KEY, label text)",
                    "INSERT INTO dm_e2e_partial.healthy VALUES (1, 'one'), (2, 'two')",
                    "CREATE VIEW dm_e2e_partial.broken AS SELECT id / (id - id) AS ratio FROM dm_e2e_partial.healthy");
        }
        try (Connection maria = TestDatabases.mariadb()) {
            TestDatabases.execute(maria,
                    "DROP DATABASE IF EXISTS dm_e2e",
                    "CREATE DATABASE dm_e2e",
                    "CREATE TABLE dm_e2e.city (city_id int PRIMARY KEY, name varchar(80) NOT NULL)",
                    "CREATE TABLE dm_e2e.address (address_id int PRIMARY KEY, city_id int, "
                            + "street varchar(120), FOREIGN KEY (city_id) REFERENCES dm_e2e.city (city_id))",
                    "INSERT INTO dm_e2e.city VALUES (1, 'Lisbon'), (2, 'Porto'), (3, 'Braga')",
                    "INSERT INTO dm_e2e.address VALUES (1, 1, 'Rua A 1'), (2, 1, 'Rua B 2'), (3, 2, NULL)",
                    "DROP USER IF EXISTS 'dm_e2e_reader'@'%'",
                    "CREATE USER 'dm_e2e_reader'@'%' IDENTIFIED BY 'right-password'",
                    "GRANT SELECT ON dm_e2e.* TO 'dm_e2e_reader'@'%'");
        }
    }

    @Test
    void demoWritesValidDocumentationAndPrintsWhereItIs() throws IOException {
        Path out = temp.resolve("demo-out");

        CliRun run = CliRun.of("demo", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Documentation: " + out.toAbsolutePath());
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("README.md")).isRegularFile();
        assertThat(DictionarySchema.validate(out.resolve("dictionary.json"))).isEmpty();
        JsonNode dictionary = readDictionary(out);
        assertThat(dictionary.path("tables").size()).isEqualTo(16);
        List<String> schemas = new ArrayList<>();
        dictionary.path("tables").forEach(entry -> schemas.add(entry.at("/table/schema").asText()));
        assertThat(schemas).as("system schemas are never documented").containsOnly("hr", "inventory", "sales");
        assertThat(dictionary.path("run").path("status").asText()).isEqualTo("succeeded");
        assertThat(dictionary.path("relationships").size()).isGreaterThan(5);
    }

    @Test
    void documentsPostgresWithFiguresFromTheDatabase() throws IOException {
        Path out = temp.resolve("pg");

        CliRun run = CliRun.of("document", "--url", TestDatabases.postgresUrl(), "--schema", "dm_e2e",
                "--out", out.toString(), "--parallelism", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DictionarySchema.validate(out.resolve("dictionary.json"))).isEmpty();
        JsonNode customer = table(readDictionary(out), "dm_e2e", "customer");
        assertThat(customer.at("/profile/rowsProfiled").asLong()).isEqualTo(500);
        JsonNode city = column(customer.at("/profile/columns"), "city");
        assertThat(city.path("nullCount").asLong()).isEqualTo(50);
        assertThat(city.at("/distinct/value").asLong()).isEqualTo(7);
        JsonNode prefs = column(customer.at("/profile/columns"), "prefs");
        assertThat(prefs.at("/distinct/value").asLong()).as("jsonb is profiled through its text form").isEqualTo(2);
        assertThat(readDictionary(out).path("relationships").toString()).contains("purchase", "customer_id");
        assertThat(run.err()).contains("[2/2]");
    }

    @Test
    void hybridModeSamplesLargeTablesAndCountsTheirNullsAndRangesOverEveryRow() throws Exception {
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg, "ANALYZE dm_e2e.customer", "ANALYZE dm_e2e.purchase");
        }
        Path out = temp.resolve("hybrid");

        CliRun run = CliRun.of("document", "--url", TestDatabases.postgresUrl(), "--schema", "dm_e2e",
                "--mode", "hybrid", "--full-max-rows", "1000", "--sample-rows", "200", "--out", out.toString(),
                "--format", "json,md");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DictionarySchema.validate(out.resolve("dictionary.json"))).isEmpty();
        JsonNode dictionary = readDictionary(out);
        assertThat(dictionary.at("/run/profileMode").asText()).isEqualToIgnoringCase("hybrid");
        JsonNode customer = table(dictionary, "dm_e2e", "customer");
        assertThat(customer.at("/profile/sampled").asBoolean()).as("500 rows: within the full-mode limit").isFalse();
        assertThat(customer.at("/profile/totals").isMissingNode()).isTrue();
        JsonNode purchase = table(dictionary, "dm_e2e", "purchase");
        assertThat(purchase.at("/profile/sampled").asBoolean()).isTrue();
        assertThat(purchase.at("/profile/rowsProfiled").asLong()).isLessThan(2000);
        assertThat(purchase.at("/profile/totals/rows").asLong()).isEqualTo(2000);
        JsonNode amount = column(purchase.at("/profile/columns"), "amount");
        assertThat(amount.at("/totals/nullCount").asLong()).isZero();
        assertThat(amount.at("/totals/numeric/min").asDouble()).isEqualTo(1.5);
        assertThat(amount.at("/totals/numeric/max").asDouble()).isEqualTo(3000.0);
        JsonNode boughtAt = column(purchase.at("/profile/columns"), "bought_at");
        assertThat(boughtAt.at("/totals/temporal/max").asText()).isEqualTo("2026-03-25T08:00:00");
    }

    @Test
    void documentsMariaDbWithCredentialsFromTheEnvironmentVariableNamed() throws IOException {
        Path out = temp.resolve("maria");

        CliRun run = CliRun.of("document", "--url", TestDatabases.mariadbUrl("dm_e2e").replaceFirst("\\?.*", ""),
                "--user", "dm_e2e_reader", "--password-env", "DM_E2E_PASSWORD_THAT_IS_NOT_SET", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("DM_E2E_PASSWORD_THAT_IS_NOT_SET is not set");

        CliRun documented = CliRun.of("document", "--url", TestDatabases.mariadbUrl("dm_e2e"),
                "--schema", "dm_e2e", "--out", out.toString(), "--format", "json");
        assertThat(documented.exitCode()).as(documented.err()).isZero();
        JsonNode address = table(readDictionary(out), "dm_e2e", "address");
        assertThat(address.at("/schema/foreignKeys/0/target/name").asText()).isEqualTo("city");
        assertThat(column(address.at("/profile/columns"), "street").path("nullCount").asLong()).isEqualTo(1);
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @Test
    void documentsSqliteFile() throws Exception {
        Path file = temp.resolve("shop.sqlite");
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            TestDatabases.execute(sqlite,
                    "CREATE TABLE product (product_id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL)",
                    "INSERT INTO product VALUES (1, 'Lamp', 19.5), (2, 'Desk', 120.0), (3, 'Chair', NULL)");
        }
        Path out = temp.resolve("sqlite-out");

        CliRun run = CliRun.of("document", "--url", "jdbc:sqlite:" + file, "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode price = column(table(readDictionary(out), null, "product").at("/profile/columns"), "price");
        assertThat(price.at("/numeric/max").asDouble()).isEqualTo(120.0);
        assertThat(price.path("nullCount").asLong()).isEqualTo(1);
    }

    @Test
    void oneFailingTableEndsAsPartialWithItsErrorInTheOutput() throws IOException {
        Path out = temp.resolve("partial");

        CliRun run = CliRun.of("document", "--url", TestDatabases.postgresUrl(), "--schema", "dm_e2e_partial",
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL.code());
        JsonNode dictionary = readDictionary(out);
        assertThat(dictionary.at("/run/status").asText()).isEqualTo("partial");
        JsonNode broken = table(dictionary, "dm_e2e_partial", "broken");
        assertThat(broken.at("/failure/step").asText()).isEqualTo("profile");
        assertThat(broken.at("/failure/message").asText()).containsIgnoringCase("division by zero");
        assertThat(broken.at("/schema/columns/0/name").asText()).isEqualTo("ratio");
        assertThat(table(dictionary, "dm_e2e_partial", "healthy").has("failure")).isFalse();
        assertThat(Files.readString(out.resolve("index.html"))).contains("division by zero");
        assertThat(DictionarySchema.validate(out.resolve("dictionary.json"))).isEmpty();
    }

    @Test
    void userErrorsGetOneLineAndTheirDocumentedExitCode() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        String pg = TestDatabases.postgresUrl();
        String out = temp.resolve("errors").toString();

        expectError(ExitCode.UNREACHABLE, "cannot reach", "document", "--url", "jdbc:postgresql://127.0.0.1:1/test", "--out", out);
        expectError(ExitCode.BAD_CREDENTIALS, "authentication failed", "document",
                "--url", TestDatabases.mariadbUrl("dm_e2e").replaceFirst("\\?.*", "") + "?user=dm_e2e_reader&password=wrong",
                "--out", out);
        expectError(ExitCode.UNKNOWN_DATABASE_OR_SCHEMA, "database", "document",
                "--url", pg.replaceFirst("/test", "/dm_no_such_database"), "--out", out);
        expectError(ExitCode.UNKNOWN_DATABASE_OR_SCHEMA, "dm_no_such_schema", "document",
                "--url", pg, "--schema", "dm_no_such_schema", "--out", out);
        expectError(ExitCode.NO_TABLES, "no_table_like_this_*", "document",
                "--url", pg, "--schema", "dm_e2e", "--include", "no_table_like_this_*", "--out", out);
        expectError(ExitCode.OUTPUT_NOT_WRITABLE, "not-a-folder", "document", "--url", pg, "--out", file.toString());
        expectError(ExitCode.USAGE, "unknown format 'pdf'", "document", "--url", pg, "--format", "pdf", "--out", out);
        expectError(ExitCode.USAGE, "--url", "document");
        assertThat(Files.readString(file)).as("a bad --out is never overwritten").isEqualTo("x");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.of("document", "--url", "jdbc:postgresql://127.0.0.1:1/test", "--verbose",
                "--out", temp.resolve("v").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE.code());
        assertThat(run.err()).contains("\tat ");
    }

    private static void expectError(ExitCode expected, String messagePart, String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as("exit code of %s%n%s", List.of(args), run.err()).isEqualTo(expected.code());
        assertThat(run.err()).contains(messagePart).doesNotContain("\tat ").doesNotContain("Exception in thread");
        List<String> lines = new ArrayList<>(run.err().lines().filter(l -> l.startsWith("datamind: error")).toList());
        assertThat(lines).hasSize(1);
    }

    private static JsonNode readDictionary(Path out) throws IOException {
        return Json.mapper().readTree(out.resolve("dictionary.json").toFile());
    }

    private static JsonNode table(JsonNode dictionary, String schema, String name) {
        for (JsonNode entry : dictionary.path("tables")) {
            JsonNode ref = entry.path("table");
            boolean schemaMatches = schema == null ? ref.path("schema").isMissingNode() || ref.path("schema").isNull()
                    : schema.equals(ref.path("schema").asText());
            if (schemaMatches && name.equals(ref.path("name").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no table " + schema + "." + name + " in " + dictionary.path("tables"));
    }

    private static JsonNode column(JsonNode columns, String name) {
        for (JsonNode column : columns) {
            if (name.equals(column.path("column").asText())) {
                return column;
            }
        }
        throw new AssertionError("no column " + name + " in " + columns);
    }
}
