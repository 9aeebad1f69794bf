package io.datamind.describe.heuristic;

import java.util.Map;
import java.util.Set;

/** English singular and plural forms of the nouns that name tables. */
public final class Inflector {

    private static final Set<String> UNCOUNTABLE = Set.of(
            "staff", "data", "metadata", "information", "equipment", "news", "series", "species",
            "inventory", "stock", "media", "feedback", "software", "personnel");

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
            "person", "people", "child", "children", "man", "men", "woman", "women",
            "analysis", "analyses", "index", "indexes", "criterion", "criteria", "movie", "movies");

    private Inflector() {
    }

    public static String singular(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (UNCOUNTABLE.contains(lower) || lower.length() < 3) {
            return word;
        }
        for (Map.Entry<String, String> e : IRREGULAR_PLURALS.entrySet()) {
            if (e.getValue().equals(lower)) {
                return e.getKey();
            }
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (lower.endsWith("ouses") || lower.endsWith("auses") || lower.endsWith("cuses")) {
            return word.substring(0, word.length() - 1);
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
                || lower.endsWith("zzes") || lower.endsWith("uses")) {
            return word.substring(0, word.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    public static String plural(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (UNCOUNTABLE.contains(lower)) {
            return word;
        }
        String irregular = IRREGULAR_PLURALS.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
