package io.datamind.classify.validators;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 alphabetic codes known to the JDK. */
public final class Currencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }

    /** Upper-case codes only: "usd" in free data is rarer than a lower-case word that happens to match. */
    public static boolean isCode(String value) {
        return value.length() == 3 && CODES.contains(value);
    }
}
