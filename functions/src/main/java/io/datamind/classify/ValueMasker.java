package io.datamind.classify;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Masks sample values before they are shown in a dictionary.
 * <ul>
 *   <li>Secrets and tokens are never shown: {@link #mask} returns empty and {@link #isShowable} is false.</li>
 *   <li>Non-PII values and PUBLIC ones (countries, states) pass unchanged.</li>
 *   <li>Every other PII type keeps just enough to recognise the shape ("j***@example.com", "***-**-1234");
 *       a PII type without a dedicated mask is hidden completely ("****"), failing closed.</li>
 * </ul>
 */
public final class ValueMasker {

    private static final Set<SemanticType> NEVER_SHOWN = Set.of(SemanticType.PASSWORD_OR_SECRET, SemanticType.HASH_OR_TOKEN);

    private final Map<SemanticType, UnaryOperator<String>> masks;

    public ValueMasker() {
        Map<SemanticType, UnaryOperator<String>> masks = new EnumMap<>(SemanticType.class);
        masks.put(SemanticType.EMAIL, Masks::email);
        masks.put(SemanticType.PHONE, Masks::phone);
        masks.put(SemanticType.US_SSN, value -> "***-**-" + Masks.lastDigits(value, 4));
        masks.put(SemanticType.CREDIT_CARD, value -> "**** **** **** " + Masks.lastDigits(value, 4));
        masks.put(SemanticType.IBAN, Masks::iban);
        masks.put(SemanticType.FIRST_NAME, Masks::initials);
        masks.put(SemanticType.LAST_NAME, Masks::initials);
        masks.put(SemanticType.FULL_NAME, Masks::initials);
        masks.put(SemanticType.USERNAME, Masks::firstCharacter);
        masks.put(SemanticType.CITY, Masks::firstCharacter);
        masks.put(SemanticType.STREET_ADDRESS, Masks::houseNumberShape);
        masks.put(SemanticType.US_ZIP, value -> Masks.keepPrefix(value, 3));
        masks.put(SemanticType.POSTAL_CODE, value -> Masks.keepPrefix(value, 2));
        masks.put(SemanticType.DATE_OF_BIRTH, Masks::yearOnly);
        masks.put(SemanticType.AGE, Masks::ageBand);
        masks.put(SemanticType.LATITUDE, Masks::oneDecimal);
        masks.put(SemanticType.LONGITUDE, Masks::oneDecimal);
        masks.put(SemanticType.IPV4, Masks::ipv4);
        masks.put(SemanticType.IPV6, Masks::ipv6);
        masks.put(SemanticType.MAC_ADDRESS, Masks::macAddress);
        this.masks = Collections.unmodifiableMap(masks);
    }

    /** False for types whose values must never appear anywhere, masked or not. */
    public boolean isShowable(ColumnSemantics semantics) {
        return !NEVER_SHOWN.contains(semantics.type());
    }

    /** The value as it may be shown; empty when the type is never shown or the value is null. */
    public Optional<String> mask(ColumnSemantics semantics, String value) {
        if (value == null || !isShowable(semantics)) {
            return Optional.empty();
        }
        if (semantics.piiCategory() == PiiCategory.NONE || semantics.sensitivity() == Sensitivity.PUBLIC) {
            return Optional.of(value);
        }
        UnaryOperator<String> mask = masks.getOrDefault(semantics.type(), ignored -> Masks.HIDDEN);
        return Optional.of(mask.apply(value.strip()));
    }
}
