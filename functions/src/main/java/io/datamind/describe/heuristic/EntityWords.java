package io.datamind.describe.heuristic;

import java.util.List;

/** Column names often repeat their table's name ("customer.customer_name"); a sentence says it once. */
final class EntityWords {

    private EntityWords() {
    }

    /** The words without a leading copy of the entity, unless nothing meaningful would be left. */
    static List<String> stripEntity(List<String> words, EntityNoun entity) {
        for (int n = words.size() - 1; n >= 1; n--) {
            String head = Abbreviations.phrase(words.subList(0, n));
            if (head.equals(entity.singular()) || head.equals(entity.plural())) {
                List<String> rest = words.subList(n, words.size());
                return rest.stream().allMatch(w -> w.chars().allMatch(Character::isDigit)) ? words : rest;
            }
        }
        return words;
    }

    static boolean isEntity(List<String> words, EntityNoun entity) {
        String phrase = Abbreviations.phrase(words);
        return phrase.equals(entity.singular()) || phrase.equals(entity.plural());
    }
}
