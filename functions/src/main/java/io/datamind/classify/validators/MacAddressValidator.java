package io.datamind.classify.validators;

import java.util.regex.Pattern;

/** EUI-48 addresses written as six hex pairs (":" or "-") or as three dotted quads (Cisco style). */
public final class MacAddressValidator {

    private static final Pattern PAIRS = Pattern.compile("[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}");
    private static final Pattern DOTTED = Pattern.compile("[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}");

    private MacAddressValidator() {
    }

    public static boolean isValid(String value) {
        return PAIRS.matcher(value).matches() || DOTTED.matcher(value).matches();
    }
}
