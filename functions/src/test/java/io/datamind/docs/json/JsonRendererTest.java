package io.datamind.docs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.DictionaryFixtures;
import io.datamind.docs.Json;
import io.datamind.docs.MemorySink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(new String(JsonRenderer.schema(), StandardCharsets.UTF_8),
                    SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());

    private final MemorySink sink = new MemorySink();

    @Test
    void writesTheCompactDocumentAndItsSchemaSideBySide() throws IOException {
        new JsonRenderer().render(DictionaryFixtures.shop(), sink);

        assertThat(sink.files()).containsOnlyKeys("dictionary.json", "dictionary.schema.json");
        assertThat(sink.contentType("dictionary.json")).isEqualTo("application/json");
        // compact on purpose: indentation was 44% of the bytes of a 500-table dictionary
        assertThat(sink.text("dictionary.json")).startsWith("{\"formatVersion\":\"1.0\"").doesNotContain("\n  ");
        assertThat(sink.text("dictionary.schema.json")).contains("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void committedSchemaIsItselfAValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = Json.mapper().readTree(JsonRenderer.schema());

        assertThat(metaSchema.validate(schema)).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();

        ((ObjectNode) schema.at("/properties/formatVersion")).put("type", "strnig");
        assertThat(metaSchema.validate(schema)).as("the meta-schema check catches a typo").isNotEmpty();
    }

    @Test
    void fixtureDocumentIsValidAgainstTheCommittedSchema() throws IOException {
        new JsonRenderer().render(DictionaryFixtures.shop(), sink);
        JsonNode document = Json.mapper().readTree(sink.text("dictionary.json"));

        assertThat(SCHEMA.validate(document)).isEmpty();
        assertThat(document.at("/run/status").asText()).isEqualTo("partial");
        assertThat(document.at("/tables/0/schema/kind").asText()).isEqualTo("table");
        assertThat(document.at("/relationships/2/origin").asText()).isEqualTo("inferred");
        assertThat(document.at("/tables/0/table").has("schema")).isTrue();
    }

    @Test
    void generatedLargeDocumentIsValidToo() throws IOException {
        JsonNode document = Json.mapper().valueToTree(DictionaryFixtures.generated(30, 12));

        assertThat(SCHEMA.validate(document)).isEmpty();
    }

    @Test
    void schemaRejectsMissingTablesWrongEnumsAndUnknownFields() throws IOException {
        ObjectNode withoutTables = fixtureTree();
        withoutTables.remove("tables");
        assertThat(messages(withoutTables)).anyMatch(m -> m.contains("tables"));

        ObjectNode upperCaseEnum = fixtureTree();
        ((ObjectNode) upperCaseEnum.at("/run")).put("status", "PARTIAL");
        assertThat(messages(upperCaseEnum)).anyMatch(m -> m.contains("/run/status"));

        ObjectNode unknownKind = fixtureTree();
        ((ObjectNode) unknownKind.at("/tables/0/schema")).put("kind", "synonym");
        assertThat(messages(unknownKind)).anyMatch(m -> m.contains("/tables/0/schema/kind"));

        ObjectNode drifted = fixtureTree();
        ((ObjectNode) drifted.at("/tables/1/profile/columns/0")).put("mode", 3);
        assertThat(messages(drifted)).anyMatch(m -> m.contains("mode"));

        ObjectNode badRatio = fixtureTree();
        ((ObjectNode) ((ArrayNode) badRatio.at("/relationships")).get(0)).put("confidence", 1.5);
        assertThat(messages(badRatio)).anyMatch(m -> m.contains("/relationships/0/confidence"));
    }

    @Test
    void schemaHoldsSemanticsQualityAndSuggestedRulesToTheirShape() throws IOException {
        ObjectNode fixture = fixtureTree();
        assertThat(fixture.at("/tables/0/profile/columns/1/semantics/type").asText()).isEqualTo("email");
        assertThat(fixture.at("/tables/0/quality/findings/0/ruleId").asText()).isEqualTo("INVALID_VALUES");
        assertThat(fixture.at("/quality/score/score").asDouble()).isEqualTo(99.2);
        assertThat(fixture.at("/quality/findingsBySeverity/warning").asLong()).isEqualTo(3);

        ObjectNode unknownType = fixtureTree();
        ((ObjectNode) unknownType.at("/tables/0/profile/columns/1/semantics")).put("type", "shoe_size");
        assertThat(messages(unknownType)).anyMatch(m -> m.contains("/tables/0/profile/columns/1/semantics/type"));

        ObjectNode extraField = fixtureTree();
        ((ObjectNode) extraField.at("/tables/0/quality/findings/0")).put("rawValue", "ann@example.com");
        assertThat(messages(extraField)).anyMatch(m -> m.contains("rawValue"));

        ObjectNode badScore = fixtureTree();
        ((ObjectNode) badScore.at("/tables/0/quality/score/dimensions")).put("timeliness", 50.0);
        assertThat(messages(badScore)).anyMatch(m -> m.contains("timeliness"));

        ObjectNode scoreAbove100 = fixtureTree();
        ((ObjectNode) scoreAbove100.at("/quality/score")).put("score", 101.0);
        assertThat(messages(scoreAbove100)).anyMatch(m -> m.contains("/quality/score/score"));

        ObjectNode rangeWithoutBounds = fixtureTree();
        ((ObjectNode) rangeWithoutBounds.at("/tables/0/suggestedRules/4")).remove("max");
        assertThat(messages(rangeWithoutBounds)).anyMatch(m -> m.contains("max"));
    }

    @Test
    void documentReadsBackIntoAnEqualDictionary() throws IOException {
        DataDictionary original = DictionaryFixtures.shop();
        new JsonRenderer().render(original, sink);

        DataDictionary readBack = Json.mapper().readValue(sink.text("dictionary.json"), DataDictionary.class);

        assertThat(readBack).isEqualTo(original);
    }

    @Test
    void changesGoIntoTheDictionaryAndIntoChangesJsonToTheSchema() throws IOException {
        DataDictionary original = DictionaryFixtures.shopWithChanges();
        new JsonRenderer().render(original, sink);

        assertThat(sink.files()).containsOnlyKeys("dictionary.json", "dictionary.schema.json", "changes.json");
        JsonNode document = Json.mapper().readTree(sink.text("dictionary.json"));
        assertThat(SCHEMA.validate(document)).isEmpty();
        assertThat(Json.mapper().readTree(sink.text("changes.json"))).isEqualTo(document.path("changes"));
        assertThat(document.at("/changes/changes/0/kind").asText()).isEqualTo("column_added");
        assertThat(document.at("/changes/changes/2").has("column")).isFalse();
        assertThat(Json.mapper().readValue(sink.text("dictionary.json"), DataDictionary.class)).isEqualTo(original);

        ObjectNode unknownKind = (ObjectNode) document.deepCopy();
        ((ObjectNode) unknownKind.at("/changes/changes/0")).put("kind", "column_renamed");
        assertThat(messages(unknownKind)).anyMatch(m -> m.contains("/changes/changes/0/kind"));
        ObjectNode extra = (ObjectNode) document.deepCopy();
        ((ObjectNode) extra.at("/changes/changes/1")).put("severity", "high");
        assertThat(messages(extra)).anyMatch(m -> m.contains("severity"));
        ObjectNode noMessage = (ObjectNode) document.deepCopy();
        ((ObjectNode) noMessage.at("/changes/changes/1")).remove("message");
        assertThat(messages(noMessage)).anyMatch(m -> m.contains("message"));
    }

    private static ObjectNode fixtureTree() {
        return Json.mapper().valueToTree(DictionaryFixtures.shop());
    }


    private static List<String> messages(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::toString).toList();
    }
}
