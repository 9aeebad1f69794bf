package io.datamind.classify.validators;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 alphabetic codes known to the JDK. */
public final class Currencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }

    /** Any case: payment APIs such as Stripe write "usd". */
    public static boolean isCode(String value) {
        return value.length() == 3 && CODES.contains(value.toUpperCase(Locale.ROOT));
    }

    /** Upper-case codes identify themselves; lower-case ones could be words ("all", "try", "top" are codes too). */
    public static boolean isUpperCaseCode(String value) {
        return isCode(value) && value.equals(value.toUpperCase(Locale.ROOT));
    }
}
