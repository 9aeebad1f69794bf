package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.JsonText;
import io.datamind.scan.TypeFamily;

public final class JsonTextDetector extends ValidatedDetector {

    public JsonTextDetector() {
        super(SemanticType.JSON_TEXT, NameRule.of("json", "payload", "metadata", "attributes", "properties", "config",
                "settings", "data"), "JSON objects or arrays");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual() || column.family() == TypeFamily.JSON;
    }

    @Override
    protected boolean accepts(String value) {
        return JsonText.isObjectOrArray(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.95;
    }
}
