package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.Countries;

/** Country names identify themselves; two- and three-letter codes collide with states and languages. */
public final class CountryDetector extends ValidatedDetector {

    public CountryDetector() {
        super(SemanticType.COUNTRY, NameRule.of("country", "country code", "nation", "nationality", "cntry",
                "country name", "iso country"), "ISO 3166 country codes or names");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return Countries.isCountry(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.3 + 0.55 + 0.2;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        double names = column.share(value -> value.length() > 3 && Countries.isName(value));
        double alpha3 = column.share(Countries::isAlpha3);
        return 0.3 + 0.55 * names + 0.2 * alpha3;
    }
}
