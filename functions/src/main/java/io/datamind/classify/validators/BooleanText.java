package io.datamind.classify.validators;

import java.util.Locale;
import java.util.Set;

/** Booleans spelt as text: true/false, yes/no, y/n, t/f, 1/0 (any case). */
public final class BooleanText {

    private static final Set<String> SPELLINGS = Set.of("true", "false", "yes", "no", "y", "n", "t", "f", "0", "1");
    private static final Set<String> TRUE_SPELLINGS = Set.of("true", "yes", "y", "t", "1");

    private BooleanText() {
    }

    public static boolean isBoolean(String value) {
        return SPELLINGS.contains(value.toLowerCase(Locale.ROOT));
    }

    /** The truth value a spelling stands for; null for a value that is not a boolean spelling. */
    public static Boolean meaning(String value) {
        if (!isBoolean(value)) {
            return null;
        }
        return TRUE_SPELLINGS.contains(value.toLowerCase(Locale.ROOT));
    }

    public static boolean isDigitForm(String value) {
        return value.equals("0") || value.equals("1");
    }
}
