package io.datamind.classify.validators;

import java.util.Locale;
import java.util.Set;

/** Gender values as systems record them: codes (m/f/x/u) and words. */
public final class Genders {

    private static final Set<String> CODES = Set.of("m", "f", "x", "u", "o", "w", "nb");
    private static final Set<String> WORDS = Set.of("male", "female", "other", "non-binary", "nonbinary", "unknown",
            "man", "woman", "diverse", "prefer not to say", "not specified", "undisclosed");

    private Genders() {
    }

    public static boolean isGender(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return CODES.contains(lower) || WORDS.contains(lower);
    }

    public static boolean isWord(String value) {
        return WORDS.contains(value.toLowerCase(Locale.ROOT));
    }
}
