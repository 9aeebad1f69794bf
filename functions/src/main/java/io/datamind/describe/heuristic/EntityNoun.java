package io.datamind.describe.heuristic;

import java.util.ArrayList;
import java.util.List;

/**
 * The thing one row of a table stands for, in words: table {@code customer_addresses} → "customer address" /
 * "customer addresses".
 */
public record EntityNoun(String singular, String plural) {

    /** Prefixes that say how a table is stored rather than what it holds. */
    private static final List<String> STORAGE_PREFIXES = List.of("tbl", "tb");

    public static EntityNoun fromTableName(String tableName) {
        List<String> words = new ArrayList<>(NameWords.split(tableName));
        if (words.size() > 1 && STORAGE_PREFIXES.contains(words.get(0))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return new EntityNoun(tableName, tableName);
        }
        int last = words.size() - 1;
        words.set(last, Inflector.singular(words.get(last)));
        String singular = Abbreviations.phrase(words);
        int lastSpace = singular.lastIndexOf(' ');
        String plural = singular.substring(0, lastSpace + 1) + Inflector.plural(singular.substring(lastSpace + 1));
        return new EntityNoun(singular, plural);
    }

    /** "1 rental", "183 rentals". */
    public String counted(long n) {
        return Figures.count(n) + " " + (n == 1 ? singular : plural);
    }
}
