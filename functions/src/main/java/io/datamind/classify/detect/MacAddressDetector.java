package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.MacAddressValidator;

public final class MacAddressDetector extends ValidatedDetector {

    public MacAddressDetector() {
        super(SemanticType.MAC_ADDRESS, NameRule.of("mac", "mac address", "hw address", "hwaddr", "bssid"),
                "MAC addresses");
    }

    @Override
    protected boolean accepts(String value) {
        return MacAddressValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.95;
    }
}
