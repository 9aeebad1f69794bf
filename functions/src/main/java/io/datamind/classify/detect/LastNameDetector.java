package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.PersonNames;

public final class LastNameDetector extends ValidatedDetector {

    public LastNameDetector() {
        super(SemanticType.LAST_NAME, NameRule.of("last name", "lastname", "surname", "lname", "family name",
                "last nm", "maiden name").weak(0.6, "last", "family"), "family names");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return PersonNames.isNamePhrase(value, 1, 3);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.1;
    }
}
