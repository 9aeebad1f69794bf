package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.UuidValidator;
import io.datamind.scan.TypeFamily;

public final class UuidDetector extends ValidatedDetector {

    public UuidDetector() {
        super(SemanticType.UUID, NameRule.of("uuid", "guid"), "UUIDs");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual() || column.family() == TypeFamily.UUID;
    }

    @Override
    protected boolean accepts(String value) {
        return UuidValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.95;
    }
}
