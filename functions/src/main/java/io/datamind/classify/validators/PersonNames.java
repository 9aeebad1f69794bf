package io.datamind.classify.validators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The shape of personal names, and a list of common given names used as supporting evidence. */
public final class PersonNames {

    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    /** Name particles written in lower case inside family names ("van der Berg", "da Silva"). */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "del",
            "della", "la", "le", "bin", "al", "ter", "y");
    private static final Set<String> FIRST_NAMES = ReferenceData.lines("first-names.txt").stream()
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private PersonNames() {
    }

    /** A single capitalised word such as "Anna", "O'Brien", "Jean-Pierre", or one in capitals ("SMITH") as legacy systems keep them. */
    public static boolean isNameWord(String value) {
        return value.length() >= 2 && value.length() <= 40 && CAPITALISED_WORD.matcher(value).matches()
                && value.chars().anyMatch(Character::isLetter);
    }

    /** One or more name words, lower-case particles allowed between them ("van der Berg"). */
    public static boolean isNamePhrase(String value, int minWords, int maxWords) {
        String[] words = value.split(" ");
        if (words.length < minWords || words.length > maxWords || value.length() > 60) {
            return false;
        }
        long capitalised = Arrays.stream(words).filter(PersonNames::isNameWord).count();
        long particles = Arrays.stream(words).filter(word -> PARTICLES.contains(word.toLowerCase(Locale.ROOT))).count();
        return capitalised >= 1 && capitalised + particles == words.length && isNameWord(words[words.length - 1]);
    }

    /** "Anna Smith", "Anna Maria Smith", "Smith, Anna". */
    public static boolean isFullName(String value) {
        int comma = value.indexOf(", ");
        if (comma > 0) {
            return isNamePhrase(value.substring(0, comma), 1, 3) && isNamePhrase(value.substring(comma + 2), 1, 2);
        }
        return isNamePhrase(value, 2, 4);
    }

    public static boolean isCommonFirstName(String value) {
        return FIRST_NAMES.contains(value.toLowerCase(Locale.ROOT));
    }

    /** Whether the given-name part of a full name is a common first name. */
    public static boolean startsWithCommonFirstName(String value) {
        int comma = value.indexOf(", ");
        String given = comma > 0 ? value.substring(comma + 2) : value;
        int space = given.indexOf(' ');
        return isCommonFirstName(space > 0 ? given.substring(0, space) : given);
    }
}
