package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.PersonNames;

public final class FirstNameDetector extends ValidatedDetector {

    public FirstNameDetector() {
        super(SemanticType.FIRST_NAME, NameRule.of("first name", "firstname", "fname", "given name", "forename",
                "first nm", "christian name", "middle name").weak(0.6, "first", "given"), "single capitalised names");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return PersonNames.isNameWord(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.1 + 0.7;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.1 + 0.7 * column.share(PersonNames::isCommonFirstName);
    }
}
