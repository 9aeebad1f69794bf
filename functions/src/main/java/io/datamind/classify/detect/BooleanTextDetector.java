package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.BooleanText;
import io.datamind.scan.TypeFamily;

/**
 * Booleans spelt as text or small integers. Only with a boolean-ish name or exactly two distinct values:
 * a column of 0s, 1s and 2s is a count, not a flag.
 */
public final class BooleanTextDetector extends ValidatedDetector {

    private static final NameRule NAMES = NameRule.of("is", "has", "can", "should", "flag", "active", "enabled",
            "disabled", "deleted", "verified", "confirmed", "yn", "opt in", "opted in", "subscribed", "bool", "valid",
            "visible", "published", "archived", "approved", "paid", "default", "consent");

    public BooleanTextDetector() {
        super(SemanticType.BOOLEAN_TEXT, NAMES, "boolean spellings (true/false, yes/no, y/n, t/f, 1/0)");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        boolean readable = column.isTextual() || column.family() == TypeFamily.INTEGER;
        return readable && (twoSpellings(column) || NAMES.match(column.name()).matched());
    }

    /**
     * Both truth values present and nothing else but placeholders: "true"/"false" with a stray "0" for a
     * missing value still reads as two values, while 0/1/2 does not.
     */
    private static boolean twoSpellings(ColumnContext column) {
        boolean bothMeanings = column.distinctAccepted(value -> Boolean.TRUE.equals(BooleanText.meaning(value))) > 0
                && column.distinctAccepted(value -> Boolean.FALSE.equals(BooleanText.meaning(value))) > 0;
        return bothMeanings && column.distinctAccepted(BooleanText::isBoolean) <= 4;
    }

    @Override
    protected boolean accepts(String value) {
        return BooleanText.isBoolean(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.85;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        if (!twoSpellings(column)) {
            return 0.2;
        }
        return column.share(BooleanText::isDigitForm) > 0.5 ? 0.6 : 0.85;
    }
}
