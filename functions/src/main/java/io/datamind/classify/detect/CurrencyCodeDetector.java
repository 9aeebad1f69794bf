package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.Currencies;

public final class CurrencyCodeDetector extends ValidatedDetector {

    public CurrencyCodeDetector() {
        super(SemanticType.CURRENCY_CODE, NameRule.of("currency", "ccy", "currency code", "curr", "iso currency"),
                "ISO 4217 currency codes");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return Currencies.isCode(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.3 + 0.4;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.3 + 0.4 * column.share(Currencies::isUpperCaseCode);
    }
}
