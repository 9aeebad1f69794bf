package io.datamind.relate;

import io.datamind.describe.heuristic.Inflector;
import io.datamind.describe.heuristic.NameWords;
import java.util.ArrayList;
import java.util.List;

/** Case-, style- and number-insensitive forms of table and column names, for matching one against the other. */
final class Names {

    private static final List<String> STORAGE_PREFIXES = List.of("tbl", "tb");

    private Names() {
    }

    static List<String> words(String identifier) {
        return NameWords.split(identifier);
    }

    /** "Customers" → "customer", "tbl_order_lines" → "order_line". */
    static String entityOfTable(String tableName) {
        List<String> words = new ArrayList<>(words(tableName));
        if (words.size() > 1 && STORAGE_PREFIXES.contains(words.get(0))) {
            words.remove(0);
        }
        return entity(words);
    }

    /** The words as one singular key: [customers] → "customer", [film, categories] → "film_category". */
    static String entity(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        List<String> singular = new ArrayList<>(words);
        int last = singular.size() - 1;
        singular.set(last, Inflector.singular(singular.get(last)));
        return String.join("_", singular);
    }

    static String normalized(String identifier) {
        return String.join("_", words(identifier));
    }

    static boolean isIdWord(String word) {
        return word.equals("id");
    }
}
