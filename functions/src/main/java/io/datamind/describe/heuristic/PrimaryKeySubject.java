package io.datamind.describe.heuristic;

import java.util.List;
import java.util.Optional;

/** The single-column primary key: "Unique identifier of the customer", "Code that uniquely identifies the currency". */
public final class PrimaryKeySubject implements ColumnSubjectRule {

    @Override
    public Optional<String> subject(ColumnFacts facts) {
        if (!facts.isSolePrimaryKey()) {
            return Optional.empty();
        }
        List<String> own = EntityWords.stripEntity(facts.words(), facts.entity());
        if (own.isEmpty() || own.equals(List.of("id"))) {
            return Optional.of("Unique identifier of the " + facts.entity().singular());
        }
        return Optional.of(Text.capitalize(Abbreviations.phrase(own)) + " that uniquely identifies the "
                + facts.entity().singular());
    }
}
