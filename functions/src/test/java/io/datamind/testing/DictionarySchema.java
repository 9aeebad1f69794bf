package io.datamind.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.datamind.docs.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates documents against the committed dictionary.schema.json. */
public final class DictionarySchema {

    private static final String RESOURCE = "/io/datamind/docs/dictionary.schema.json";

    private DictionarySchema() {
    }

    public static Set<ValidationMessage> validate(JsonNode document) throws IOException {
        try (InputStream in = DictionarySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(document);
        }
    }

    public static Set<ValidationMessage> validate(Path file) throws IOException {
        return validate(Json.mapper().readTree(Files.readAllBytes(file)));
    }
}
