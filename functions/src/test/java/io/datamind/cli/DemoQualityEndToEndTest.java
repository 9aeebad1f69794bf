package io.datamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.datamind.demo.DemoDatabase;
import io.datamind.demo.PlantedAnomalies;
import io.datamind.docs.Json;
import io.datamind.quality.export.DqdlExporter;
import io.datamind.testing.DictionarySchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the demo database, through the CLI in-process: every planted anomaly surfaces as the rule
 * that catches it (counts exact where the rule counts in SQL), columns are classified, scores exist at every level,
 * the exports are written, and no raw personal value from the database reaches any document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoQualityEndToEndTest {

    private static final Pattern PACKED = Pattern.compile("data-z=\"([A-Za-z0-9+/=]+)\"");
    private static final Pattern DQDL_RULE = Pattern.compile(
            " {4}(RowCount > 0|IsComplete \"[^\"]+\"|IsUnique \"[^\"]+\"|ColumnValues \"[^\"]+\" (between \\S+ and \\S+|in \\[.*]|matches \".*\")"
                    + "|ColumnLength \"[^\"]+\" between \\d+ and \\d+|ReferentialIntegrity \"[^\"]+\" \"[^\"]+\" = 1\\.0),?");

    @TempDir
    static Path temp;

    private String url;
    private Path out;
    private JsonNode dictionary;
    private CliRun run;

    @BeforeAll
    void documentTheDemo() throws IOException {
        url = new DemoDatabase(7L).create(temp.resolve("db"));
        out = temp.resolve("out");
        run = CliRun.of("document", "--url", url, "--name", "demo-shop", "--out", out.toString());
        dictionary = Json.mapper().readTree(out.resolve("dictionary.json").toFile());
    }

    @Test
    void runsCleanlyAndTheDictionaryFollowsItsSchema() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DictionarySchema.validate(out.resolve("dictionary.json"))).isEmpty();
        assertThat(run.out()).contains(out.resolve("rules.dqdl").toString(), out.resolve("dbt/schema.yml").toString());
    }

    @Test
    void emailIsClassifiedAsContactPiiAndItsInvalidAddressesAreFound() {
        JsonNode customers = table("sales", "customers");
        JsonNode email = column(customers, "email");
        assertThat(email.at("/semantics/type").asText()).isEqualTo("email");
        assertThat(email.at("/semantics/piiCategory").asText()).isEqualTo("contact");
        assertThat(email.at("/semantics/sensitivity").asText()).isEqualTo("confidential");
        assertThat(email.path("samples")).allSatisfy(s -> assertThat(s.asText()).matches(".\\*\\*\\*@.+|\\*\\*\\*\\*"));

        JsonNode invalid = finding(customers, "INVALID_VALUES", "email");
        // estimated from the 500-value classifier sample: 60 of 2,000 addresses are planted invalid
        assertThat(invalid.path("affectedCount").asLong()).isBetween(25L, 110L);
        assertThat(invalid.path("dimension").asText()).isEqualTo("validity");
        assertThat(invalid.path("message").asText()).endsWith("of email values are not e-mail addresses");
    }

    @Test
    void orphanReviewsAreCountedThroughTheInferredRelationship() {
        JsonNode orphans = finding(table("sales", "reviews"), "ORPHANS", "customer_id");
        assertThat(orphans.path("affectedCount").asLong()).isEqualTo(PlantedAnomalies.ORPHAN_REVIEW_CUSTOMERS);
        assertThat(orphans.path("severity").asText()).as("inferred, not declared").isEqualTo("warning");
        assertThat(orphans.path("reproduceSql").asText()).startsWith("SELECT COUNT(*) FROM \"sales\".\"reviews\" c LEFT JOIN "
                + "\"sales\".\"customers\" p ON c.\"customer_id\" = p.\"customer_id\"");
        assertThat(orphans.path("examples").size()).isEqualTo(5);
        assertThat(dictionary.path("relationships").toString()).contains("\"origin\":\"inferred\"");
    }

    @Test
    void futureBirthDatesAreCountedExactly() {
        JsonNode customers = table("sales", "customers");
        JsonNode future = finding(customers, "FUTURE_DATE", "date_of_birth");
        assertThat(future.path("affectedCount").asLong()).isEqualTo(PlantedAnomalies.FUTURE_BIRTH_DATES);
        assertThat(future.path("severity").asText()).isEqualTo("error");
        assertThat(future.path("examples")).allSatisfy(e -> assertThat(e.asText()).matches("\\d{4}-\\*\\*-\\*\\*|\\*\\*\\*\\*"));
        assertThat(column(customers, "date_of_birth").at("/semantics/type").asText()).isEqualTo("date_of_birth");
        assertThat(finding(customers, "MISSING", "date_of_birth").path("affectedCount").asLong())
                .isEqualTo(PlantedAnomalies.MISSING_BIRTH_DATES);
    }

    @Test
    void negativeQuantitiesAreCountedByTheProfile() {
        JsonNode quantity = column(table("sales", "order_items"), "quantity");
        assertThat(quantity.at("/numeric/negatives").asLong()).isEqualTo(PlantedAnomalies.NEGATIVE_QUANTITIES);
        assertThat(quantity.at("/numeric/min").asDouble()).isNegative();
    }

    @Test
    void theAllNullColumnIsMissingEverywhereAndScoresZeroCompleteness() {
        JsonNode customers = table("sales", "customers");
        JsonNode missing = finding(customers, "MISSING", "fax_number");
        assertThat(missing.path("affectedCount").asLong()).isEqualTo(2_000);
        assertThat(missing.path("affectedRatio").asDouble()).isEqualTo(1.0);
        assertThat(missing.path("severity").asText()).isEqualTo("error");
        assertThat(customers.at("/quality/columns/fax_number/dimensions/completeness").asDouble()).isZero();
        assertThat(findings(customers).stream().filter(f -> f.path("column").asText().equals("fax_number")))
                .as("no value, so nothing constant").extracting(f -> f.path("ruleId").asText()).containsOnly("MISSING");
    }

    @Test
    void theEmptyTableIsReportedButNotPenalised() {
        JsonNode giftCards = table("sales", "gift_cards");
        assertThat(giftCards.at("/profile/rowsProfiled").asLong()).isZero();
        assertThat(findings(giftCards)).extracting(f -> f.path("ruleId").asText()).containsExactly("EMPTY");
        assertThat(giftCards.at("/quality/score/score").asDouble()).isEqualTo(100.0);
    }

    @Test
    void repeatedEmailsShowInTheDistinctCountAndKeepUniquenessOutOfTheSuggestions() {
        JsonNode customers = table("sales", "customers");
        JsonNode email = column(customers, "email");
        assertThat(email.at("/distinct/exact").asBoolean()).isTrue();
        assertThat(email.at("/distinct/value").asLong()).isEqualTo(2_000 - PlantedAnomalies.DUPLICATE_EMAILS);
        // email is neither declared unique nor named like the key, so NON_UNIQUE_KEY does not apply to it
        assertThat(findings(customers)).noneMatch(f -> f.path("ruleId").asText().equals("NON_UNIQUE_KEY"));
        List<String> emailRules = new ArrayList<>();
        customers.path("suggestedRules").forEach(r -> {
            if (r.path("column").asText().equals("email")) {
                emailRules.add(r.path("kind").asText());
            }
        });
        assertThat(emailRules).contains("complete").doesNotContain("unique");
    }

    @Test
    void scoresExistForEveryColumnTableAndTheDatabase() {
        assertThat(dictionary.at("/quality/score/score").asDouble()).isBetween(50.0, 100.0);
        assertThat(dictionary.at("/quality/tables").size()).isEqualTo(16);
        for (JsonNode entry : dictionary.path("tables")) {
            JsonNode quality = entry.path("quality");
            assertThat(quality.at("/score/score").isNumber()).as(entry.path("table").toString()).isTrue();
            assertThat(quality.path("columns").size()).isEqualTo(entry.at("/schema/columns").size());
            assertThat(quality.path("skippedRules").size()).as(quality.path("skippedRules").toString()).isZero();
        }
        assertThat(table("sales", "customers").at("/quality/score/score").asDouble()).isLessThan(100.0);
    }

    @Test
    void documentsShowScoresFindingsAndPiiBadges() throws IOException {
        String readme = Files.readString(out.resolve("README.md"));
        assertThat(readme).contains("**Data quality:** " + String.format(java.util.Locale.ROOT, "%.1f",
                dictionary.at("/quality/score/score").asDouble()) + " / 100");
        String customers = Files.readString(out.resolve("tables/sales.customers.md"));
        assertThat(customers).contains("## Data quality", "| error | `FUTURE_DATE` | date_of_birth | 12 (",
                "| email (", "| contact · confidential |", "```sql\nSELECT COUNT(*) FROM \"sales\".\"customers\" WHERE \"date_of_birth\" > ");
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("<p class=\"dq\">Data quality", "<span class=\"pii confidential\"",
                "<code>ORPHANS</code><td>customer_id<td class=\"num\">40 (");
    }

    @Test
    void noRawPersonalValueFromTheDatabaseReachesAnyDocument() throws IOException, SQLException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        raw.put("customer e-mail", values("SELECT email FROM sales.customers"));
        raw.put("customer phone", values("SELECT phone FROM sales.customers WHERE LENGTH(phone) >= 7"));
        raw.put("supplier phone", values("SELECT phone FROM inventory.suppliers WHERE LENGTH(phone) >= 7"));
        raw.put("employee phone", values("SELECT phone FROM hr.employees WHERE LENGTH(phone) >= 7"));
        raw.put("employee e-mail", values("SELECT work_email FROM hr.employees"));
        raw.put("employee IBAN", values("SELECT iban FROM hr.employees"));
        raw.put("supplier IBAN", values("SELECT iban FROM inventory.suppliers"));
        raw.put("supplier e-mail", values("SELECT contact_email FROM inventory.suppliers"));
        raw.put("customer street", values("SELECT street_address FROM sales.customers WHERE LENGTH(street_address) >= 8"));
        assertThat(raw.get("customer e-mail")).hasSize(2_000);
        assertThat(raw.get("employee IBAN")).isNotEmpty();

        Map<String, String> documents = documents();
        assertThat(documents).containsKeys("dictionary.json", "README.md", "index.html", "index.html (packed statistics)",
                "tables/sales.customers.md", "rules.dqdl", "dbt/schema.yml");
        for (Map.Entry<String, String> document : documents.entrySet()) {
            String text = document.getValue();
            raw.forEach((kind, values) -> {
                for (String value : values) {
                    assertThat(text.contains(value)).as(kind + " '" + value + "' in " + document.getKey()).isFalse();
                }
            });
        }
    }

    @Test
    void exportsAreWrittenAndParse() throws IOException {
        String dqdl = Files.readString(out.resolve("rules.dqdl"));
        String[] sections = dqdl.split(Pattern.quote(DqdlExporter.SECTION_PREFIX));
        assertThat(sections).as("a header, then one ruleset per table").hasSize(1 + 16);
        for (int i = 1; i < sections.length; i++) {
            List<String> lines = sections[i].strip().lines().toList();
            assertThat(lines.get(1)).isEqualTo("Rules = [");
            assertThat(lines.get(lines.size() - 1)).isEqualTo("]");
            assertThat(lines.subList(2, lines.size() - 1)).allSatisfy(line -> assertThat(line).matches(DQDL_RULE));
        }
        assertThat(dqdl).contains("# ruleset: sales.customers\nRules = [\n    RowCount > 0,\n    IsComplete \"customer_id\",");

        JsonNode dbt = new YAMLMapper().readTree(out.resolve("dbt/schema.yml").toFile());
        assertThat(dbt.path("version").asInt()).isEqualTo(2);
        assertThat(dbt.path("models").size()).isEqualTo(16);
        JsonNode customers = null;
        for (JsonNode model : dbt.path("models")) {
            if (model.path("name").asText().equals("customers")) {
                customers = model;
            }
        }
        assertThat(customers).isNotNull();
        assertThat(customers.path("description").asText()).isEqualTo(table("sales", "customers").at("/description/description/text").asText());
        JsonNode id = customers.path("columns").get(0);
        assertThat(id.path("name").asText()).isEqualTo("customer_id");
        assertThat(id.path("description").asText()).isNotBlank();
        assertThat(id.path("tests").toString()).contains("not_null", "unique");
    }

    private Map<String, String> documents() throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                documents.put(out.relativize(file).toString(), Files.readString(file));
            }
        }
        Matcher packed = PACKED.matcher(documents.get("index.html"));
        StringBuilder statistics = new StringBuilder();
        while (packed.find()) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(packed.group(1))))) {
                statistics.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(statistics).as("the page packs column statistics").isNotEmpty();
        documents.put("index.html (packed statistics)", statistics.toString());
        return documents;
    }

    private List<String> values(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                if (rows.getString(1) != null) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private JsonNode table(String schema, String name) {
        for (JsonNode entry : dictionary.path("tables")) {
            if (entry.at("/table/schema").asText().equals(schema) && entry.at("/table/name").asText().equals(name)) {
                return entry;
            }
        }
        throw new AssertionError("no table " + schema + "." + name);
    }

    private static JsonNode column(JsonNode table, String name) {
        for (JsonNode column : table.at("/profile/columns")) {
            if (column.path("column").asText().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static List<JsonNode> findings(JsonNode table) {
        List<JsonNode> findings = new ArrayList<>();
        table.at("/quality/findings").forEach(findings::add);
        return findings;
    }

    private static JsonNode finding(JsonNode table, String ruleId, String column) {
        return findings(table).stream()
                .filter(f -> f.path("ruleId").asText().equals(ruleId) && f.path("column").asText().equals(column))
                .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " finding on " + column + " in "
                        + table.path("table") + ": " + table.at("/quality/findings")));
    }
}
