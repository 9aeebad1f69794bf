package io.datamind.describe.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits database identifiers (snake_case, camelCase, PascalCase, digits) into lower-case words. */
public final class NameWords {

    private NameWords() {
    }

    public static List<String> split(String identifier) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(current, words);
                continue;
            }
            if (current.length() > 0 && startsNewWord(identifier, i)) {
                flush(current, words);
            }
            current.append(c);
        }
        flush(current, words);
        return List.copyOf(words);
    }

    /** The words joined with underscores: a case- and style-insensitive form of a name ("CustomerId" → "customer_id"). */
    public static String normalized(String identifier) {
        return String.join("_", split(identifier));
    }

    private static boolean startsNewWord(String s, int i) {
        char previous = s.charAt(i - 1);
        char c = s.charAt(i);
        if (Character.isDigit(c) != Character.isDigit(previous)) {
            return true;
        }
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
            return true;
        }
        // the last capital of an acronym starts the next word: "HTTPServer" → http, server
        boolean nextIsLower = i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
        return Character.isUpperCase(c) && Character.isUpperCase(previous) && nextIsLower;
    }

    private static void flush(StringBuilder current, List<String> words) {
        if (current.length() > 0) {
            words.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }
}
