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

    @Test
    void hybridTotalsOfEveryFamilyAreValidAgainstTheSchemaAndReadBack() throws IOException {
        DataDictionary original = DictionaryFixtures.hybrid();
        new JsonRenderer().render(original, sink);
        JsonNode document = Json.mapper().readTree(sink.text("dictionary.json"));

        assertThat(SCHEMA.validate(document)).isEmpty();
        JsonNode clicks = profileOf(document, "clicks");
        assertThat(clicks.path("sampled").asBoolean()).isTrue();
        assertThat(clicks.path("rowsProfiled").asLong()).isEqualTo(DictionaryFixtures.CLICKS_SAMPLE);
        assertThat(clicks.path("totals")).isEqualTo(Json.mapper().readTree("{\"rows\":10000000,\"durationMs\":2600}"));
        assertThat(clicks.at("/columns/0/totals/numeric/max").asDouble()).isEqualTo(10_000_000);
        assertThat(clicks.at("/columns/1/totals/nullCount").asLong()).isEqualTo(909_091);
        assertThat(clicks.at("/columns/1/totals/numeric/max").asDouble()).isEqualTo(9_999_999.99);
        assertThat(clicks.at("/columns/2/totals/temporal/max").asText()).isEqualTo("2099-12-31");
        assertThat(clicks.at("/columns/3/totals/emptyCount").asLong()).isEqualTo(1);
        assertThat(clicks.at("/columns/4/totals/bool/trueCount").asLong()).isEqualTo(3_137_255);
        assertThat(clicks.at("/columns/5/totals/size/maxBytes").asLong()).isEqualTo(4_096);
        assertThat(fieldNames(clicks.at("/columns/6/totals"))).as("a float column holding NaN has no range")
                .containsExactly("nullCount", "nullRatio");
        assertThat(profileOf(document, "customers").has("totals")).as("only hybrid profiles carry totals").isFalse();
        assertThat(profileOf(document, "customers").at("/columns/0").has("totals")).isFalse();
        assertThat(Json.mapper().readValue(sink.text("dictionary.json"), DataDictionary.class)).isEqualTo(original);
    }

    @Test
    void schemaRejectsAMalformedTotalsBlock() {
        String column = "/columns/1/totals";
        assertThat(hybridMessages(column, t -> t.put("nullCount", -1))).anyMatch(m -> m.contains(column + "/nullCount"));
        assertThat(hybridMessages(column, t -> t.put("nullRatio", 1.5))).anyMatch(m -> m.contains(column + "/nullRatio"));
        assertThat(hybridMessages(column, t -> t.remove("nullCount"))).anyMatch(m -> m.contains("nullCount"));
        assertThat(hybridMessages(column, t -> t.put("distinct", 3))).anyMatch(m -> m.contains("distinct"));
        assertThat(hybridMessages(column, t -> ((ObjectNode) t.path("numeric")).remove("max"))).anyMatch(m -> m.contains("max"));
        assertThat(hybridMessages(column, t -> ((ObjectNode) t.path("numeric")).put("mean", 1.0))).anyMatch(m -> m.contains("mean"));
        assertThat(hybridMessages("/columns/2/totals", t -> ((ObjectNode) t.path("temporal")).put("max", 2099)))
                .anyMatch(m -> m.contains("/columns/2/totals/temporal/max"));
        assertThat(hybridMessages("/columns/3/totals", t -> t.put("emptyCount", -1)))
                .anyMatch(m -> m.contains("/columns/3/totals/emptyCount"));
        assertThat(hybridMessages("/columns/4/totals", t -> ((ObjectNode) t.path("bool")).remove("falseCount")))
                .anyMatch(m -> m.contains("falseCount"));
        assertThat(hybridMessages("/columns/5/totals", t -> ((ObjectNode) t.path("size")).put("avgBytes", 12.5)))
                .anyMatch(m -> m.contains("avgBytes"));
        assertThat(hybridMessages("/totals", t -> t.remove("durationMs"))).anyMatch(m -> m.contains("durationMs"));
        assertThat(hybridMessages("/totals", t -> t.put("rows", -5))).anyMatch(m -> m.contains("/totals/rows"));
        assertThat(hybridMessages("/totals", t -> t.put("sampledRows", 5))).anyMatch(m -> m.contains("sampledRows"));
    }

    /** The messages for the hybrid fixture with one totals block (at a path inside the clicks profile) changed. */
    private static List<String> hybridMessages(String totalsPath, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode document = Json.mapper().valueToTree(DictionaryFixtures.hybrid());
        assertThat(messages(document)).as("the unchanged fixture is valid").isEmpty();
        change.accept((ObjectNode) profileOf(document, "clicks").at(totalsPath));
        return messages(document);
    }

    private static JsonNode profileOf(JsonNode document, String table) {
        for (JsonNode entry : document.path("tables")) {
            if (entry.at("/table/name").asText().equals(table)) {
                return entry.path("profile");
            }
        }
        throw new AssertionError("no table " + table);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ObjectNode fixtureTree() {
        return Json.mapper().valueToTree(DictionaryFixtures.shop());
    }


    private static List<String> messages(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::toString).toList();
    }
}
