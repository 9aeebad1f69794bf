package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.NumberText;

/** "12.5%" is telling; a bare 0–100 number needs a percent-ish name. */
public final class PercentageDetector extends ValidatedDetector {

    public PercentageDetector() {
        super(SemanticType.PERCENTAGE, NameRule.of("pct", "percent", "percentage", "perc", "share pct", "rate pct")
                .weak(0.6, "ratio", "share", "utilization", "utilisation", "completion", "progress"), "percentages");
    }

    @Override
    protected boolean accepts(String value) {
        return NumberText.isPercentText(value) || NumberText.isBetween(value, -100, 100);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.05 + 0.85;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.05 + 0.85 * column.share(NumberText::isPercentText);
    }
}
