package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.NumberText;

/** Amounts: "$1,234.50" is telling; a bare decimal needs a name such as price, amount or salary. */
public final class MoneyDetector extends ValidatedDetector {

    public MoneyDetector() {
        super(SemanticType.MONEY, NameRule.of("price", "amount", "amt", "cost", "total", "salary", "revenue", "fee",
                        "fees", "balance", "payment", "wage", "income", "subtotal", "tax", "charge", "spend", "budget",
                        "sales", "profit", "refund", "msrp", "gmv", "earnings", "payout", "premium", "deposit", "credit limit",
                        "unit price", "list price", "net", "gross", "usd", "eur", "gbp", "compensation", "bonus")
                        .vetoedBy("pct", "percent", "percentage", "rate", "count", "qty", "quantity", "id", "items",
                                "number", "num", "units", "ratio"),
                "monetary amounts");
    }

    @Override
    protected boolean accepts(String value) {
        return NumberText.isNumber(NumberText.stripCurrency(value));
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.05 + 0.8;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.05 + 0.8 * column.share(NumberText::hasCurrencySymbol);
    }
}
