package io.datamind.classify.validators;

import java.util.regex.Pattern;

/** The canonical 8-4-4-4-12 hex form (any version), optionally braced as some drivers print it. */
public final class UuidValidator {

    private static final Pattern CANONICAL =
            Pattern.compile("\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}}?");

    private UuidValidator() {
    }

    public static boolean isValid(String value) {
        return CANONICAL.matcher(value).matches() && (value.startsWith("{") == value.endsWith("}"));
    }
}
