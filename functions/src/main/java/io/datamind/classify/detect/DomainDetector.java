package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.DomainValidator;

/** Host names. "report.pdf" has the same shape, so without a telling name only "www."-style hosts count. */
public final class DomainDetector extends ValidatedDetector {

    public DomainDetector() {
        super(SemanticType.DOMAIN, NameRule.of("domain", "host", "hostname", "fqdn", "website", "site", "server name"),
                "domain names");
    }

    @Override
    protected boolean accepts(String value) {
        return DomainValidator.isValid(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.3 + 0.55;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.3 + 0.55 * column.share(value -> value.startsWith("www."));
    }
}
