package io.datamind.quality.suggest;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.SemanticType;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ValueCount;
import io.datamind.quality.QualityInput;
import io.datamind.quality.WholeTable;
import io.datamind.quality.rules.ShapePattern;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A regular expression every value matches: the semantic type's when the classifier found (nearly) every sampled
 * value valid, else the column's single shape when one shape covers every value. Patterns are written without
 * backslashes so that they survive DQDL and SQL string literals unchanged. None where a hybrid profile counted empty
 * strings its sample did not see: no pattern of the sample's values matches them.
 */
public final class PatternSuggestion implements SuggestionRule {

    private static final double MIN_MATCH = 0.99;
    private static final Map<SemanticType, String> PATTERNS = new EnumMap<>(Map.of(
            SemanticType.EMAIL, "^[^@ ]+@[^@ ]+[.][^@ ]+$",
            SemanticType.UUID, "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            SemanticType.US_ZIP, "^[0-9]{5}(-[0-9]{4})?$",
            SemanticType.US_SSN, "^[0-9]{3}-[0-9]{2}-[0-9]{4}$",
            SemanticType.IPV4, "^([0-9]{1,3}[.]){3}[0-9]{1,3}$",
            SemanticType.MAC_ADDRESS, "^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$",
            SemanticType.IBAN, "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$",
            SemanticType.CURRENCY_CODE, "^[A-Z]{3}$",
            SemanticType.URL, "^https?://[^ ]+$"));
    /** Longer shapes are free values that happen to agree in the sample, not a format. */
    private static final int MAX_SHAPE_LENGTH = 40;

    @Override
    public List<SuggestedRule> suggest(QualityInput input) {
        List<SuggestedRule> rules = new ArrayList<>();
        for (ColumnProfile column : input.profile().columns()) {
            if (!WholeTable.unseenEmptyStrings(column)) {
                fromSemantics(input, column).or(() -> fromShape(input, column)).ifPresent(rules::add);
            }
        }
        return rules;
    }

    private static Optional<SuggestedRule> fromSemantics(QualityInput input, ColumnProfile column) {
        ColumnSemantics semantics = input.semantics().get(column.column());
        if (semantics == null || !PATTERNS.containsKey(semantics.type()) || semantics.matchRatio() == null
                || semantics.matchRatio() < MIN_MATCH) {
            return Optional.empty();
        }
        return Optional.of(SuggestedRule.pattern(input.schema().table(), column.column(), PATTERNS.get(semantics.type()),
                "classified " + semantics.type() + "; " + Math.round(semantics.matchRatio() * 1000) / 10.0
                        + "% of sampled values are valid"));
    }

    private static Optional<SuggestedRule> fromShape(QualityInput input, ColumnProfile column) {
        long nonNull = column.rows() - column.nullCount();
        if (column.text() == null || column.text().topShapes().size() != 1 || nonNull < 2) {
            return Optional.empty();
        }
        ValueCount shape = column.text().topShapes().get(0);
        boolean few = column.distinct() != null && column.distinct().value() <= 10;
        if (shape.count() != nonNull || shape.value().length() > MAX_SHAPE_LENGTH || few) {
            return Optional.empty();
        }
        return Optional.of(SuggestedRule.pattern(input.schema().table(), column.column(), ShapePattern.toRegex(shape.value()),
                "every value has the shape '" + shape.value() + "'"));
    }
}
