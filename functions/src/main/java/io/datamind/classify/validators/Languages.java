package io.datamind.classify.validators;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** ISO 639 language codes and language tags such as en-US / pt_BR, checked against the JDK's locale data. */
public final class Languages {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})+");

    private Languages() {
    }

    public static boolean isCode(String value) {
        return isBareCode(value) || isTag(value);
    }

    public static boolean isBareCode(String value) {
        return value.length() == 2 && ISO_639_1.contains(value.toLowerCase(Locale.ROOT));
    }

    /** A language tag whose language subtag is an ISO 639-1 code and whose region, if any, is an ISO 3166 code. */
    public static boolean isTag(String value) {
        if (!TAG.matcher(value).matches()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.replace('_', '-')).build();
            return ISO_639_1.contains(locale.getLanguage())
                    && (locale.getCountry().isEmpty() || Countries.isAlpha2(locale.getCountry()));
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
