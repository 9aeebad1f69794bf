package io.datamind.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.datamind.api.Problem.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A request body's JSON Schema (draft 2020-12), kept as a resource beside this class and named in openapi.yaml. */
public final class BodySchema {

    private static final SchemaValidatorsConfig POINTERS =
            SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).errorMessageKeyword("message").build();

    private final String resource;
    private final JsonSchema schema;

    private BodySchema(String resource, JsonSchema schema) {
        this.resource = resource;
        this.schema = schema;
    }

    public static BodySchema load(String resource) {
        try (InputStream in = BodySchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("request schema " + resource + " is missing from the jar");
            }
            return new BodySchema(resource, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, POINTERS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String resource() {
        return resource;
    }

    /** Every violation, each at the JSON pointer of the offending value (or of the missing property), in pointer order. */
    public List<Violation> violations(JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        boolean alternativesMissed = false;
        for (ValidationMessage message : schema.validate(body)) {
            if (message.getEvaluationPath().toString().contains("/anyOf")) {
                alternativesMissed = true;
                continue;
            }
            violations.add(Violation.atPointer(pointer(message), text(message)));
        }
        if (alternativesMissed) {
            violations.add(Violation.atPointer("", "must name what to document: sourceId (a registered source, see GET /sources)"
                    + " or files (an s3:// location in the input bucket)"));
        }
        violations.sort(Comparator.comparing(Violation::pointer));
        return violations;
    }

    /** The message without the location prefix the library puts first (the pointer says where). */
    private static String text(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString() + ": ";
        return text.startsWith(location) ? text.substring(location.length()) : text;
    }

    private static String pointer(ValidationMessage message) {
        String at = message.getInstanceLocation().toString();
        at = at.equals("/") ? "" : at;
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            return at + "/" + message.getProperty();
        }
        if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
            return at + "/" + message.getProperty();
        }
        return at;
    }
}
