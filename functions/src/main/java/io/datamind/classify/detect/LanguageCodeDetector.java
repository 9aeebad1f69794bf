package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.Languages;

public final class LanguageCodeDetector extends ValidatedDetector {

    public LanguageCodeDetector() {
        super(SemanticType.LANGUAGE_CODE, NameRule.of("language", "lang", "locale", "language code", "lang code",
                "preferred language", "lng code"), "ISO 639 language codes or tags");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return Languages.isCode(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.3 + 0.5;
    }

    @Override
    protected double valueSpecificity(ColumnContext column) {
        return 0.3 + 0.5 * column.share(Languages::isTag);
    }
}
