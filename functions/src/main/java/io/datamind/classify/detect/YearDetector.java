package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.NumberText;

public final class YearDetector extends ValidatedDetector {

    public YearDetector() {
        super(SemanticType.YEAR, NameRule.of("year", "yr", "yyyy", "fiscal year", "model year", "birth year",
                "year built", "vintage", "season"), "whole numbers 1900–2100");
    }

    @Override
    protected boolean accepts(String value) {
        return NumberText.isIntegerBetween(value, 1900, 2100);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.1;
    }
}
