package io.datamind.classify.validators;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** USPS codes and names of the 50 states and DC (reference data in us-states.tsv). */
public final class UsStates {

    private static final Set<String> CODES;
    private static final Set<String> NAMES;

    static {
        var rows = ReferenceData.lines("us-states.tsv").stream().map(line -> line.split("\t")).toList();
        CODES = rows.stream().map(row -> row[0]).collect(Collectors.toUnmodifiableSet());
        NAMES = rows.stream().map(row -> row[1].toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private UsStates() {
    }

    public static boolean isCode(String value) {
        return value.length() == 2 && CODES.contains(value.toUpperCase(Locale.ROOT));
    }

    public static boolean isName(String value) {
        return NAMES.contains(value.toLowerCase(Locale.ROOT));
    }

    public static int count() {
        return CODES.size();
    }
}
