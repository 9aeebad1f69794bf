package io.datamind.describe.heuristic;

import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Optional;

/** Fallback: the expanded name "of the" entity ("First name of the customer"). Always applies. */
public final class GenericSubject implements ColumnSubjectRule {

    @Override
    public Optional<String> subject(ColumnFacts facts) {
        String of = " of the " + facts.entity().singular();
        if (facts.words().isEmpty()) {
            return Optional.of(Text.capitalize(facts.name()) + of);
        }
        if (EntityWords.isEntity(facts.words(), facts.entity()) && facts.family() == TypeFamily.TEXT) {
            return Optional.of("Name" + of);
        }
        List<String> own = EntityWords.stripEntity(facts.words(), facts.entity());
        return Optional.of(Text.capitalize(Abbreviations.phrase(own)) + of);
    }
}
