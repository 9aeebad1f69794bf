package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.NumberText;

public final class LongitudeDetector extends ValidatedDetector {

    public LongitudeDetector() {
        super(SemanticType.LONGITUDE, NameRule.of("lng", "lon", "long", "longitude", "geo lng", "geo lon", "lon deg")
                .vetoedBy("description", "text", "name", "term", "form", "run"), "numbers in [-180, 180]");
    }

    @Override
    protected boolean accepts(String value) {
        return NumberText.isBetween(value, -180, 180);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.05;
    }
}
