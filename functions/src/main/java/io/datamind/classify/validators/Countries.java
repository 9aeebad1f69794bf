package io.datamind.classify.validators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 3166-1 codes and English country names, straight from the JDK's locale data. */
public final class Countries {

    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());
    private static final Set<String> ALPHA_3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Set<String> NAMES = ALPHA_2.stream()
            .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /** Short forms people write that differ from the JDK's display names. */
    private static final Set<String> COMMON_ALIASES = Set.copyOf(Arrays.asList(
            "usa", "united states of america", "uk", "great britain", "england", "scotland", "wales",
            "russia", "south korea", "north korea", "czech republic", "vietnam", "ivory coast", "holland"));

    private Countries() {
    }

    public static boolean isAlpha2(String value) {
        return ALPHA_2.contains(value.toUpperCase(Locale.ROOT)) && value.length() == 2;
    }

    public static boolean isAlpha3(String value) {
        return value.length() == 3 && ALPHA_3.contains(value.toUpperCase(Locale.ROOT));
    }

    public static boolean isName(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || COMMON_ALIASES.contains(lower);
    }

    public static boolean isCountry(String value) {
        return isAlpha2(value) || isAlpha3(value) || isName(value);
    }
}
