package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.NumberText;

public final class AgeDetector extends ValidatedDetector {

    public AgeDetector() {
        super(SemanticType.AGE, NameRule.of("age", "age years", "age in years", "years old", "customer age",
                "patient age").vetoedBy("page", "usage", "storage", "mileage", "percentage", "stage", "message"),
                "whole numbers 0–120");
    }

    @Override
    protected boolean accepts(String value) {
        return NumberText.isIntegerBetween(value, 0, 120);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.05;
    }
}
