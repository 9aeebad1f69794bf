package io.datamind.describe.heuristic;

import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Fallback: the expanded name "of the" entity ("First name of the customer"). Always applies. */
public final class GenericSubject implements ColumnSubjectRule {

    /** Entities whose same-named column holds the thing itself, not a name: address.address is a street line. */
    private static final Set<String> SELF_DESCRIBING = Set.of(
            "address", "email", "phone", "comment", "note", "description", "message", "url");

    @Override
    public Optional<String> subject(ColumnFacts facts) {
        String of = " of the " + facts.entity().singular();
        if (facts.words().isEmpty()) {
            return Optional.of(Text.capitalize(facts.name()) + of);
        }
        if (EntityWords.isEntity(facts.words(), facts.entity()) && facts.family() == TypeFamily.TEXT) {
            return Optional.of((SELF_DESCRIBING.contains(facts.entity().singular()) ? "Text" : "Name") + of);
        }
        List<String> own = EntityWords.stripEntity(facts.words(), facts.entity());
        return Optional.of(Text.capitalize(Abbreviations.phrase(own)) + of);
    }
}
