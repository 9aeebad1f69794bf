package io.datamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.files.DataFiles;
import io.datamind.testing.DictionarySchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `datamind document --files FOLDER` as a user runs it: a folder of mixed data files becomes a valid dictionary. */
class FilesCliEndToEndTest {

    @TempDir
    Path temp;

    @Test
    void aFolderOfDataFilesIsDocumentedLikeADatabase() throws IOException {
        Path data = temp.resolve("shop-export");
        StringBuilder customers = new StringBuilder("customer_id;email;signed_up;vip\n");
        for (int i = 1; i <= 200; i++) {
            customers.append(i).append(";user").append(i).append("@example.com;2024-01-")
                    .append(String.format("%02d", 1 + i % 28)).append(';').append(i % 5 == 0).append('\n');
        }
        DataFiles.text(data, "customers.csv", customers.toString(), StandardCharsets.UTF_8);
        StringBuilder orders = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            orders.append("{\"order_id\": ").append(i).append(", \"customer_id\": ").append(1 + i % 200)
                    .append(", \"total\": ").append(i * 1.25).append(", \"shipping\": {\"city\": \"City ").append(i % 9)
                    .append("\", \"express\": ").append(i % 3 == 0).append("}, \"items\": [").append(i % 4).append("]}\n");
        }
        DataFiles.gzip(DataFiles.text(data, "sales/orders.jsonl", orders.toString(), StandardCharsets.UTF_8));
        Files.delete(data.resolve("sales/orders.jsonl"));
        DataFiles.parquet(data.resolve("people.parquet"));
        Path binary = data.resolve("broken.csv");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("document", "--files", data.toString(), "--out", out.toString(), "--format", "json,md");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.PARTIAL.code());
        assertThat(run.out()).contains("Documented 3 tables of shop-export", "1 tables failed");
        assertThat(DictionarySchema.validate(out.resolve("dictionary.json"))).isEmpty();
        JsonNode dictionary = new ObjectMapper().readTree(out.resolve("dictionary.json").toFile());
        assertThat(dictionary.at("/source/kind").asText()).isEqualTo("files");
        Map<String, JsonNode> tables = new HashMap<>();
        dictionary.path("tables").forEach(t -> tables.put(t.at("/table/schema").asText() + "." + t.at("/table/name").asText(), t));
        assertThat(tables).containsOnlyKeys("shop-export.customers", "sales.orders", "shop-export.people",
                "shop-export.broken");

        JsonNode customersEntry = tables.get("shop-export.customers");
        assertThat(column(customersEntry, "customer_id").path("family").asText()).isEqualTo("integer");
        assertThat(column(customersEntry, "signed_up").path("family").asText()).isEqualTo("date");
        assertThat(column(customersEntry, "vip").path("family").asText()).isEqualTo("boolean");
        assertThat(column(customersEntry, "vip").at("/inferred/share").asDouble()).isEqualTo(1.0);
        assertThat(column(customersEntry, "vip").at("/inferred/values").asLong()).isEqualTo(200);
        assertThat(customersEntry.at("/profile/rowsProfiled").asLong()).isEqualTo(200);
        assertThat(profile(customersEntry, "email").at("/semantics/type").asText()).isEqualTo("email");
        assertThat(profile(customersEntry, "email").path("samples").toString()).doesNotContain("user1@example.com");

        JsonNode ordersEntry = tables.get("sales.orders");
        assertThat(column(ordersEntry, "shipping.city").path("family").asText()).isEqualTo("text");
        assertThat(column(ordersEntry, "shipping.express").path("family").asText()).isEqualTo("boolean");
        assertThat(column(ordersEntry, "items.length").path("family").asText()).isEqualTo("integer");
        assertThat(column(ordersEntry, "total").path("family").asText()).isEqualTo("decimal");
        assertThat(ordersEntry.at("/profile/rowsProfiled").asLong()).isEqualTo(300);
        assertThat(ordersEntry.at("/description/description/text").asText()).isNotBlank();
        assertThat(ordersEntry.at("/quality/skippedRules").toString()).contains("data file");
        assertThat(ordersEntry.at("/profile/method").asText()).isEqualTo("full scan of JSON LINES (gzip): JSON Lines, nested objects flattened to depth 5");

        JsonNode people = tables.get("shop-export.people");
        assertThat(column(people, "born").path("family").asText()).isEqualTo("date");
        assertThat(column(people, "born").has("inferred")).isFalse();

        JsonNode broken = tables.get("shop-export.broken");
        assertThat(broken.at("/failure/message").asText()).contains("broken.csv is binary");
        assertThat(Files.readString(out.resolve("README.md"))).contains("customers");
    }

    @Test
    void urlAndFilesTogetherAreRefused() {
        CliRun run = CliRun.of("document", "--files", temp.toString(), "--url", "jdbc:h2:mem:x");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("either --url (a database) or --files (data files), not both");
    }

    private static JsonNode column(JsonNode entry, String name) {
        for (JsonNode column : entry.at("/schema/columns")) {
            if (column.path("name").asText().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("no column " + name + " in " + entry.at("/schema/columns"));
    }

    private static JsonNode profile(JsonNode entry, String name) {
        for (JsonNode column : entry.at("/profile/columns")) {
            if (column.path("column").asText().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("no profile of " + name);
    }
}
