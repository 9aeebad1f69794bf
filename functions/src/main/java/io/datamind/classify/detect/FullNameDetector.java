package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.PersonNames;

/**
 * "Anna Smith": two to four capitalised words. Product and company names look the same, so the shape needs either
 * a person-ish column name or a good share of values that start with a common given name.
 */
public final class FullNameDetector extends ValidatedDetector {

    public FullNameDetector() {
        super(SemanticType.FULL_NAME, NameRule.of("full name", "fullname", "customer name", "contact name",
                        "person name", "employee name", "display name", "client name", "patient name", "student name",
                        "member name", "owner name", "holder name", "cardholder", "recipient name", "sender name",
                        "author name", "author", "manager name", "guest name", "passenger name", "beneficiary")
                        .weak(0.3, "name")
                        .vetoedBy("product", "company", "item", "file", "table", "column", "brand", "category", "org",
                                "organisation", "organization", "business", "store", "shop", "city", "street", "country",
                                "state", "first", "last", "given", "family", "surname", "user", "host", "domain", "app",
                                "service", "device", "model", "project", "team", "department", "dept", "job", "role",
                                "event", "campaign", "plan", "vendor", "supplier", "bank", "school", "hotel", "venue",
                                "merchant", "account", "tag", "group", "sku", "course", "region", "street"),
                "personal names (2–4 capitalised words)");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return PersonNames.isFullName(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.1 + 0.75;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.1 + 0.75 * column.share(PersonNames::startsWithCommonFirstName);
    }
}
