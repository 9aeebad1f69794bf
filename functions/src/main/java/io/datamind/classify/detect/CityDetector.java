package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.PersonNames;

/** Place names have no checkable list here, so the capitalised-words shape only counts with a city-ish name. */
public final class CityDetector extends ValidatedDetector {

    public CityDetector() {
        super(SemanticType.CITY, NameRule.of("city", "town", "municipality", "locality", "city name", "place of birth",
                "birth place", "hometown", "village"), "place names (capitalised words)");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return PersonNames.isNamePhrase(value, 1, 4);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.1;
    }
}
