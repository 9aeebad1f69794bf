package io.datamind.quality.rules;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.SemanticType;
import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * INVALID_VALUES: the classifier recognised what a column holds (e-mail, IBAN, UUID…) but some sampled values
 * fail that type's validator. The figure is the classifier's sample share, scaled to the column.
 */
public final class SemanticValidityRule implements QualityRule {

    /** Below this confidence the type itself is doubtful, so failing values say little. */
    private static final double MIN_CONFIDENCE = 0.5;
    private static final double ERROR_RATIO = 0.2;
    private static final Map<SemanticType, String> NOUNS = new EnumMap<>(Map.ofEntries(
            Map.entry(SemanticType.EMAIL, "e-mail addresses"),
            Map.entry(SemanticType.PHONE, "phone numbers"),
            Map.entry(SemanticType.URL, "URLs"),
            Map.entry(SemanticType.DOMAIN, "domain names"),
            Map.entry(SemanticType.IPV4, "IPv4 addresses"),
            Map.entry(SemanticType.IPV6, "IPv6 addresses"),
            Map.entry(SemanticType.MAC_ADDRESS, "MAC addresses"),
            Map.entry(SemanticType.UUID, "UUIDs"),
            Map.entry(SemanticType.CREDIT_CARD, "card numbers (Luhn)"),
            Map.entry(SemanticType.IBAN, "IBANs"),
            Map.entry(SemanticType.US_SSN, "US social security numbers"),
            Map.entry(SemanticType.US_ZIP, "US ZIP codes"),
            Map.entry(SemanticType.POSTAL_CODE, "postal codes"),
            Map.entry(SemanticType.COUNTRY, "countries"),
            Map.entry(SemanticType.US_STATE, "US states"),
            Map.entry(SemanticType.LATITUDE, "latitudes"),
            Map.entry(SemanticType.LONGITUDE, "longitudes"),
            Map.entry(SemanticType.DATE_OF_BIRTH, "plausible birth dates"),
            Map.entry(SemanticType.DATETIME_TEXT, "dates or times"),
            Map.entry(SemanticType.CURRENCY_CODE, "ISO currency codes"),
            Map.entry(SemanticType.LANGUAGE_CODE, "language codes"),
            Map.entry(SemanticType.JSON_TEXT, "JSON documents")));

    @Override
    public String id() {
        return "INVALID_VALUES";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnProfile column : context.columnProfiles()) {
            context.semantics(column.column())
                    .filter(s -> s.matchRatio() != null && s.matchRatio() < 1.0 && s.confidence() >= MIN_CONFIDENCE)
                    .ifPresent(s -> findings.add(finding(context, column, s)));
        }
        return findings;
    }

    private Finding finding(RuleContext context, ColumnProfile column, ColumnSemantics semantics) {
        double invalid = 1.0 - semantics.matchRatio();
        long affected = Math.round(invalid * context.nonNullRows(column));
        String noun = NOUNS.getOrDefault(semantics.type(),
                "valid " + semantics.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " values");
        String logic = "classifier sample: share of non-null values of " + context.quote(column.column())
                + " that fail the " + semantics.type() + " validator, times the column's non-null rows";
        return new Finding(id(), invalid >= ERROR_RATIO ? Severity.ERROR : Severity.WARNING, Dimension.VALIDITY,
                context.table(), column.column(), affected, invalid, List.of(), logic,
                Texts.percent(invalid) + " of " + column.column() + " values are not " + noun);
    }
}
