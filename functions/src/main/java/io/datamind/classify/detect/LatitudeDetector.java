package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.NumberText;

public final class LatitudeDetector extends ValidatedDetector {

    public LatitudeDetector() {
        super(SemanticType.LATITUDE, NameRule.of("lat", "latitude", "geo lat", "lat deg"), "numbers in [-90, 90]");
    }

    @Override
    protected boolean accepts(String value) {
        return NumberText.isBetween(value, -90, 90);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.05;
    }
}
