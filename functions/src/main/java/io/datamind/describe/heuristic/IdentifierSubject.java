package io.datamind.describe.heuristic;

import java.util.List;
import java.util.Optional;

/** An identifier that is neither this table's key nor a known reference: external_id → "External identifier". */
public final class IdentifierSubject implements ColumnSubjectRule {

    @Override
    public Optional<String> subject(ColumnFacts facts) {
        List<String> words = facts.words();
        if (!facts.lastWord().equals("id")) {
            return Optional.empty();
        }
        List<String> rest = EntityWords.stripEntity(words, facts.entity());
        rest = rest.subList(0, rest.size() - 1);
        String what = rest.isEmpty() ? "Identifier" : Text.capitalize(Abbreviations.phrase(rest)) + " identifier";
        return Optional.of(what + " of the " + facts.entity().singular());
    }
}
