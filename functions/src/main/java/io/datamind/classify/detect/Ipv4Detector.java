package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.Ipv4Validator;

public final class Ipv4Detector extends ValidatedDetector {

    public Ipv4Detector() {
        super(SemanticType.IPV4, NameRule.of("ip", "ip address", "ipv4", "ip addr", "remote addr", "client ip"),
                "IPv4 addresses");
    }

    @Override
    protected boolean accepts(String value) {
        return Ipv4Validator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.95;
    }
}
