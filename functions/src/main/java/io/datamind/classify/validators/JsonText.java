package io.datamind.classify.validators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** JSON objects and arrays held as text, parsed with Jackson (bare scalars do not count: "42" is not JSON data). */
public final class JsonText {

    /** Trailing text after the document ("{...} and more") means the value is not JSON. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonText() {
    }

    public static boolean isObjectOrArray(String value) {
        char first = value.charAt(0);
        if (first != '{' && first != '[') {
            return false;
        }
        try {
            JsonNode node = MAPPER.readTree(value);
            return node != null && (node.isObject() || node.isArray());
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
