package io.datamind.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PiiPolicyTest {

    private final PiiPolicy policy = new PiiPolicy();

    @ParameterizedTest
    @EnumSource(SemanticType.class)
    void everyTypeHasARating(SemanticType type) {
        assertThat(policy.rating(type)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
            "EMAIL, CONTACT, CONFIDENTIAL",
            "PHONE, CONTACT, CONFIDENTIAL",
            "US_SSN, IDENTITY, RESTRICTED",
            "CREDIT_CARD, FINANCIAL, RESTRICTED",
            "IBAN, FINANCIAL, RESTRICTED",
            "PASSWORD_OR_SECRET, CREDENTIALS, RESTRICTED",
            "HASH_OR_TOKEN, CREDENTIALS, RESTRICTED",
            "DATE_OF_BIRTH, IDENTITY, CONFIDENTIAL",
            "FULL_NAME, IDENTITY, CONFIDENTIAL",
            "STREET_ADDRESS, LOCATION, CONFIDENTIAL",
            "CITY, LOCATION, INTERNAL",
            "US_ZIP, LOCATION, INTERNAL",
            "COUNTRY, LOCATION, PUBLIC",
            "US_STATE, LOCATION, PUBLIC",
            "GENDER, DEMOGRAPHIC, CONFIDENTIAL",
            "AGE, DEMOGRAPHIC, CONFIDENTIAL",
            "IPV4, IDENTITY, CONFIDENTIAL",
            "IDENTIFIER, NONE, INTERNAL",
            "CURRENCY_CODE, NONE, PUBLIC",
            "MONEY, NONE, INTERNAL",
            "UNKNOWN, NONE, INTERNAL"})
    void ratesTypesAsTheTableSays(SemanticType type, PiiCategory category, Sensitivity sensitivity) {
        assertThat(policy.rating(type)).isEqualTo(new PiiRating(category, sensitivity));
    }

    @Test
    void restrictedTypesAreExactlyTheFraudAndTakeoverOnes() {
        var restricted = java.util.Arrays.stream(SemanticType.values())
                .filter(type -> policy.rating(type).sensitivity() == Sensitivity.RESTRICTED).toList();
        assertThat(restricted).containsExactlyInAnyOrder(SemanticType.US_SSN, SemanticType.CREDIT_CARD, SemanticType.IBAN,
                SemanticType.PASSWORD_OR_SECRET, SemanticType.HASH_OR_TOKEN);
    }

    @Test
    void everyPiiTypeIsAtLeastInternal() {
        for (SemanticType type : SemanticType.values()) {
            PiiRating rating = policy.rating(type);
            if (rating.isPii() && rating.sensitivity() == Sensitivity.PUBLIC) {
                assertThat(type).isIn(SemanticType.COUNTRY, SemanticType.US_STATE);
            }
        }
    }
}
