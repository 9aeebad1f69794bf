package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.Ipv6Validator;

public final class Ipv6Detector extends ValidatedDetector {

    public Ipv6Detector() {
        super(SemanticType.IPV6, NameRule.of("ip", "ipv6", "ip address", "ip6", "remote addr", "client ip"),
                "IPv6 addresses");
    }

    @Override
    protected boolean accepts(String value) {
        return Ipv6Validator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.95;
    }
}
