package io.datamind.describe.llm.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dictionary's current descriptions as an overrides file for review. Database comments are left out:
 * they are already authoritative, and a copy would go stale when the comment changes.
 */
public final class DescriptionExporter {

    public DescriptionOverrides export(Path dictionaryJson) throws IOException {
        JsonNode dictionary = new ObjectMapper().readTree(Files.readAllBytes(dictionaryJson));
        Map<String, DescriptionOverrides.TableOverride> tables = new LinkedHashMap<>();
        for (JsonNode entry : dictionary.path("tables")) {
            JsonNode description = entry.path("description");
            if (description.isMissingNode()) {
                continue;
            }
            Map<String, DescriptionOverrides.ColumnOverride> columns = new LinkedHashMap<>();
            for (JsonNode column : description.path("columns")) {
                JsonNode text = column.path("description");
                if (!isDatabase(text)) {
                    columns.put(column.path("column").asText(),
                            new DescriptionOverrides.ColumnOverride(text.path("text").asText(null), text.path("businessName").asText(null)));
                }
            }
            JsonNode table = description.path("description");
            boolean tableFromDatabase = isDatabase(table) || table.isMissingNode();
            tables.put(key(entry.path("table")), new DescriptionOverrides.TableOverride(
                    tableFromDatabase ? null : table.path("text").asText(null),
                    tableFromDatabase ? null : table.path("businessName").asText(null),
                    tableFromDatabase ? null : tags(table.path("tags")), columns));
        }
        return new DescriptionOverrides(tables);
    }

    private static boolean isDatabase(JsonNode description) {
        return "database".equals(description.path("source").asText());
    }

    private static List<String> tags(JsonNode tags) {
        List<String> values = new ArrayList<>();
        tags.forEach(tag -> values.add(tag.asText()));
        return values.isEmpty() ? null : values;
    }

    private static String key(JsonNode table) {
        String schema = table.path("schema").asText(null);
        String name = table.path("name").asText();
        return schema == null || schema.isEmpty() ? name : schema + "." + name;
    }
}
