package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.StreetAddresses;

public final class StreetAddressDetector extends ValidatedDetector {

    public StreetAddressDetector() {
        super(SemanticType.STREET_ADDRESS, NameRule.of("address", "street", "addr", "address line", "address1",
                        "street address", "address line 1", "line1", "shipping address", "billing address", "residence")
                        .vetoedBy("email", "ip", "mac", "web", "url", "wallet", "bitcoin", "hw", "remote", "memory"),
                "street lines (house number and street)");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return StreetAddresses.hasAddressShape(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.15 + 0.65;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.15 + 0.65 * column.share(StreetAddresses::isStreetLine);
    }
}
