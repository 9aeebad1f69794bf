package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.UsStates;

public final class UsStateDetector extends ValidatedDetector {

    public UsStateDetector() {
        super(SemanticType.US_STATE, NameRule.of("state", "state code", "us state", "province", "region", "st",
                "state province").vetoedBy("status", "statement", "estate"), "US states (USPS code or name)");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return UsStates.isCode(value) || UsStates.isName(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.3 + 0.5;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.3 + 0.5 * column.share(UsStates::isName);
    }
}
