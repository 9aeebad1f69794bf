package io.datamind.describe.heuristic;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Dates read as events: return_date → "Date the rental was returned", rental_date → "Date of the rental". */
public final class TemporalSubject implements ColumnSubjectRule {

    private static final Set<String> ADVERBS = Set.of("last", "first");

    @Override
    public Optional<String> subject(ColumnFacts facts) {
        return TemporalName.of(facts.words(), facts.family()).map(t -> phrase(t, facts.entity()));
    }

    private static String phrase(TemporalName t, EntityNoun entity) {
        List<String> event = t.eventWords();
        String of = " of the " + entity.singular();
        if (event.isEmpty() || EntityWords.isEntity(event, entity)) {
            return t.kind() + of;
        }
        String eventText = Abbreviations.phrase(event);
        if (event.equals(List.of("birth")) || eventText.equals("date of birth")) {
            return "Date of birth" + of;
        }
        if (t.verb().isPresent()) {
            return t.kind() + " " + happened(event.subList(0, event.size() - 1), t.verb().get(), entity);
        }
        return Text.capitalize(eventText) + " " + t.kind().toLowerCase(java.util.Locale.ROOT) + of;
    }

    /** "the rental was returned", "the user was last paid", "the order was shipped". */
    private static String happened(List<String> before, String verb, EntityNoun entity) {
        String participle = Verbs.participle(verb);
        if (before.isEmpty()) {
            return "the " + entity.singular() + " was " + participle;
        }
        if (before.size() == 1 && ADVERBS.contains(before.get(0))) {
            return "the " + entity.singular() + " was " + before.get(0) + " " + participle;
        }
        return "the " + Abbreviations.phrase(before) + " was " + participle;
    }
}
