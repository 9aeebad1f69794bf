package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.UrlValidator;

public final class UrlDetector extends ValidatedDetector {

    public UrlDetector() {
        super(SemanticType.URL, NameRule.of("url", "uri", "link", "href", "website", "homepage", "web page"),
                "absolute URLs");
    }

    @Override
    protected boolean accepts(String value) {
        return UrlValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.95;
    }
}
