package io.datamind.classify;

import static io.datamind.classify.PiiCategory.CONTACT;
import static io.datamind.classify.PiiCategory.CREDENTIALS;
import static io.datamind.classify.PiiCategory.DEMOGRAPHIC;
import static io.datamind.classify.PiiCategory.FINANCIAL;
import static io.datamind.classify.PiiCategory.IDENTITY;
import static io.datamind.classify.PiiCategory.LOCATION;
import static io.datamind.classify.PiiCategory.NONE;
import static io.datamind.classify.Sensitivity.CONFIDENTIAL;
import static io.datamind.classify.Sensitivity.INTERNAL;
import static io.datamind.classify.Sensitivity.PUBLIC;
import static io.datamind.classify.Sensitivity.RESTRICTED;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one table from semantic type to PII category and sensitivity.
 * RESTRICTED: leaks that enable fraud or account takeover (SSN, card, IBAN, secrets).
 * CONFIDENTIAL: data that identifies or reaches a person (names, contact, birth date, precise location, IPs).
 * INTERNAL: coarse location and business data. PUBLIC: reference codes anyone can know.
 */
public final class PiiPolicy {

    private final Map<SemanticType, PiiRating> ratings = new EnumMap<>(SemanticType.class);

    public PiiPolicy() {
        rate(CONTACT, CONFIDENTIAL, SemanticType.EMAIL, SemanticType.PHONE);
        rate(IDENTITY, RESTRICTED, SemanticType.US_SSN);
        rate(FINANCIAL, RESTRICTED, SemanticType.CREDIT_CARD, SemanticType.IBAN);
        rate(CREDENTIALS, RESTRICTED, SemanticType.PASSWORD_OR_SECRET, SemanticType.HASH_OR_TOKEN);
        rate(IDENTITY, CONFIDENTIAL, SemanticType.FIRST_NAME, SemanticType.LAST_NAME, SemanticType.FULL_NAME,
                SemanticType.DATE_OF_BIRTH, SemanticType.USERNAME, SemanticType.IPV4, SemanticType.IPV6,
                SemanticType.MAC_ADDRESS);
        rate(LOCATION, CONFIDENTIAL, SemanticType.STREET_ADDRESS, SemanticType.LATITUDE, SemanticType.LONGITUDE);
        rate(LOCATION, INTERNAL, SemanticType.CITY, SemanticType.US_ZIP, SemanticType.POSTAL_CODE);
        rate(LOCATION, PUBLIC, SemanticType.COUNTRY, SemanticType.US_STATE);
        rate(DEMOGRAPHIC, CONFIDENTIAL, SemanticType.GENDER, SemanticType.AGE);
        rate(NONE, PUBLIC, SemanticType.DOMAIN, SemanticType.CURRENCY_CODE, SemanticType.LANGUAGE_CODE);
        rate(NONE, INTERNAL, SemanticType.URL, SemanticType.UUID, SemanticType.DATETIME_TEXT, SemanticType.YEAR,
                SemanticType.MONEY, SemanticType.PERCENTAGE, SemanticType.BOOLEAN_TEXT, SemanticType.JSON_TEXT,
                SemanticType.IDENTIFIER, SemanticType.FREE_TEXT, SemanticType.CATEGORICAL, SemanticType.UNKNOWN);
        for (SemanticType type : SemanticType.values()) {
            if (!ratings.containsKey(type)) {
                throw new IllegalStateException("no PII rating for " + type);
            }
        }
    }

    public PiiRating rating(SemanticType type) {
        return ratings.get(type);
    }

    private void rate(PiiCategory category, Sensitivity sensitivity, SemanticType... types) {
        for (SemanticType type : types) {
            if (ratings.put(type, new PiiRating(category, sensitivity)) != null) {
                throw new IllegalStateException(type + " rated twice");
            }
        }
    }
}
