package io.datamind.classify.validators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Street lines such as "742 Evergreen Terrace", "12B Baker St, Apt 4" or "Hauptstraße 12". */
public final class StreetAddresses {

    private static final Pattern NUMBER_FIRST = Pattern.compile("\\d{1,6}[A-Za-z]?(-\\d{1,6})?,? \\p{L}.*");
    private static final Pattern NUMBER_LAST = Pattern.compile("\\p{L}[\\p{L} .'-]* \\d{1,5}[a-zA-Z]?(,.*)?");
    private static final Pattern CONTINENTAL_STREET =
            Pattern.compile(".*(stra(ss|ß)e|str\\.|weg|gasse|platz|allee|laan|straat|gatan|vej|veien)\\b.*|(rue|via|calle|avenida|rua) .*");
    private static final Set<String> SUFFIXES = Set.copyOf(ReferenceData.lines("street-suffixes.txt"));

    private StreetAddresses() {
    }

    /** A house number and street words, in either order. */
    public static boolean hasAddressShape(String value) {
        return value.length() <= 120 && (NUMBER_FIRST.matcher(value).matches() || NUMBER_LAST.matcher(value).matches());
    }

    /** Address shape plus a word that names a kind of street: strong evidence on its own. */
    public static boolean isStreetLine(String value) {
        return hasAddressShape(value) && hasStreetWord(value);
    }

    private static boolean hasStreetWord(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return CONTINENTAL_STREET.matcher(lower).matches()
                || Arrays.stream(lower.split("[\\s,]+")).map(word -> word.endsWith(".") ? word.substring(0, word.length() - 1) : word)
                .anyMatch(SUFFIXES::contains);
    }
}
