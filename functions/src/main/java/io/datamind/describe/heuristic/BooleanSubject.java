package io.datamind.describe.heuristic;

import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Flags read as a yes/no question: is_active → "Whether the customer is active". */
public final class BooleanSubject implements ColumnSubjectRule {

    private static final Map<String, String> PREFIX_VERBS = Map.of(
            "is", "is", "has", "has", "can", "can", "should", "should", "was", "was", "allow", "allows");
    private static final Set<String> FLAG_WORDS = Set.of("flag", "flg", "yn", "ind", "bool");
    private static final Set<String> STATE_WORDS = Set.of(
            "active", "inactive", "enabled", "disabled", "visible", "hidden", "valid", "locked", "blocked",
            "default", "primary", "current", "obsolete", "discontinued", "verified", "archived", "deleted");
    private static final List<String> FLAG_ENDINGS = List.of("bool", "flag");

    @Override
    public Optional<String> subject(ColumnFacts facts) {
        List<String> words = facts.words();
        String entity = facts.entity().singular();
        if (words.size() > 1 && PREFIX_VERBS.containsKey(words.get(0))) {
            return Optional.of(sentence(entity, PREFIX_VERBS.get(words.get(0)), words.subList(1, words.size())));
        }
        if (words.size() > 1 && FLAG_WORDS.contains(facts.lastWord())) {
            return Optional.of(sentence(entity, "is", words.subList(0, words.size() - 1)));
        }
        if (words.size() == 1 && isStateWord(words.get(0)) && facts.family() != TypeFamily.DATE
                && facts.family() != TypeFamily.TIMESTAMP) {
            return Optional.of(sentence(entity, "is", words));
        }
        if (facts.family() == TypeFamily.BOOLEAN && !words.isEmpty()) {
            return Optional.of(sentence(entity, "is", withoutFlagEnding(words)));
        }
        return Optional.empty();
    }

    /** Single words that name a yes/no state even when stored as a number or letter: active, deleted… */
    private static boolean isStateWord(String word) {
        return STATE_WORDS.contains(word) || Verbs.baseOf(word).filter(v -> !Verbs.participle(v).equals(v)
                && Verbs.participle(v).equals(word) && !Verbs.isBookkeeping(v)).isPresent();
    }

    /** After "can", "should" or "allows" comes a verb, which abbreviations must not touch ("can_ship"). */
    private static String sentence(String entity, String verb, List<String> rest) {
        boolean verbPhrase = !verb.equals("is") && !verb.equals("has") && !verb.equals("was");
        String what = verbPhrase ? String.join(" ", rest) : Abbreviations.phrase(rest);
        return "Whether the " + entity + " " + verb + " " + what;
    }

    /** "activebool" → "active": some schemas glue the type onto the name. */
    private static List<String> withoutFlagEnding(List<String> words) {
        String last = words.get(words.size() - 1);
        for (String ending : FLAG_ENDINGS) {
            if (last.endsWith(ending) && last.length() > ending.length() + 2) {
                List<String> out = new java.util.ArrayList<>(words.subList(0, words.size() - 1));
                out.add(last.substring(0, last.length() - ending.length()));
                return out;
            }
        }
        return words;
    }
}
