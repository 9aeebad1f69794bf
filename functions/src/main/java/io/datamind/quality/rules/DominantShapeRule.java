package io.datamind.quality.rules;

import io.datamind.classify.SemanticType;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ValueCount;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * OFF_SHAPE: a text column where one shape ("99999-9999", "AA-999") covers at least 90% of the values;
 * the rest are probably typos or foreign formats. Examples are the other shapes, which carry no value.
 */
public final class DominantShapeRule implements QualityRule {

    private static final double DOMINANT_SHARE = 0.9;

    @Override
    public String id() {
        return "OFF_SHAPE";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            long nonNull = column.rows() - column.nullCount();
            if (column.text() == null || column.text().topShapes().isEmpty() || nonNull <= 0 || freeText(context, column)) {
                continue;
            }
            ValueCount dominant = column.text().topShapes().get(0);
            double share = Texts.ratio(dominant.count(), nonNull);
            if (share >= DOMINANT_SHARE && share < 1.0) {
                findings.add(finding(context, column, dominant, 1.0 - share));
            }
        }
        return findings;
    }

    private boolean freeText(RuleContext context, ColumnProfile column) {
        return context.semantics(column.column()).map(s -> s.type() == SemanticType.FREE_TEXT).orElse(false);
    }

    private Finding finding(RuleContext context, ColumnProfile column, ValueCount dominant, double offRatio) {
        List<String> otherShapes = column.text().topShapes().stream().skip(1).map(ValueCount::value)
                .limit(context.options().maxExamples()).toList();
        long affected = Math.round(offRatio * context.nonNullRows(column));
        String regex = ShapePattern.toRegex(dominant.value());
        return new Finding(id(), Severity.WARNING, Dimension.VALIDITY, context.table(), column.column(), affected,
                offRatio, otherShapes, reproduce(context, column.column(), regex),
                Texts.percent(offRatio) + " of " + column.column() + " values do not have the dominant shape '"
                        + dominant.value() + "' (" + Texts.percent(1.0 - offRatio) + " do)");
    }

    /** Regular-expression syntax differs per database; SQLite has none built in, so it gets the logic. */
    private static String reproduce(RuleContext context, String column, String regex) {
        String quoted = context.quote(column);
        String literal = Texts.sqlString(regex);
        return switch (context.dialect().id()) {
            case "postgresql" -> context.countWhere(quoted + " !~ " + literal);
            case "mysql" -> context.countWhere("CAST(" + quoted + " AS BINARY) NOT REGEXP " + literal);
            case "h2" -> context.countWhere("NOT REGEXP_LIKE(" + quoted + ", " + literal + ", 'c')");
            default -> "count the non-null values of " + quoted + " that do not match " + regex;
        };
    }
}
