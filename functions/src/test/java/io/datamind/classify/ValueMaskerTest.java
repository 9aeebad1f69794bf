package io.datamind.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueMaskerTest {

    private final ValueMasker masker = new ValueMasker();
    private final PiiPolicy policy = new PiiPolicy();

    private ColumnSemantics semantics(SemanticType type) {
        PiiRating rating = policy.rating(type);
        return new ColumnSemantics(type, 0.9, 1.0, null, rating.category(), rating.sensitivity(), "test");
    }

    private String masked(SemanticType type, String value) {
        return masker.mask(semantics(type), value).orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "EMAIL          | john.smith@example.com        | j***@example.com",
            "PHONE          | (415) 234-5678                | (***) ***-5678",
            "PHONE          | +44 20 7946 0958              | +** ** **** 0958",
            "PHONE          | 234-567                       | ***-*67",
            "US_SSN         | 123-45-6789                   | ***-**-6789",
            "US_SSN         | 123456789                     | ***-**-6789",
            "CREDIT_CARD    | 4111 1111 1111 1234           | **** **** **** 1234",
            "CREDIT_CARD    | 340000000000009               | **** **** **** 0009",
            "IBAN           | DE89 3704 0044 0532 0130 00   | DE****************3000",
            "FIRST_NAME     | Anna                          | A***",
            "LAST_NAME      | van der Berg                  | v*** d*** B***",
            "FULL_NAME      | Anna Smith                    | A*** S***",
            "USERNAME       | anna_smith42                  | a***",
            "CITY           | Springfield                   | S***",
            "STREET_ADDRESS | 742 Evergreen Terrace         | ### ***",
            "STREET_ADDRESS | Hauptstraße 12a               | *** ##*",
            "US_ZIP         | 94107-1234                    | 941**-****",
            "POSTAL_CODE    | SW1A 1AA                      | SW** ***",
            "DATE_OF_BIRTH  | 1985-03-14                    | 1985-**-**",
            "DATE_OF_BIRTH  | 14/03/1985                    | **/**/1985",
            "AGE            | 37                            | 30-39",
            "GENDER         | female                        | ****",
            "LATITUDE       | 37.774929                     | 37.8",
            "LONGITUDE      | -122.419416                   | -122.4",
            "IPV4           | 192.168.10.23                 | 192.168.*.*",
            "IPV6           | 2001:db8:85a3::8a2e:370:7334  | 2001:db8:*",
            "MAC_ADDRESS    | 00:1A:2B:3C:4D:5E             | 00:1A:2B:**:**:**"})
    void masksPersonalData(SemanticType type, String value, String expected) {
        assertThat(masked(type, value)).isEqualTo(expected);
    }

    @Test
    void secretsAndTokensAreNeverShown() {
        for (SemanticType type : new SemanticType[] {SemanticType.PASSWORD_OR_SECRET, SemanticType.HASH_OR_TOKEN}) {
            assertThat(masker.isShowable(semantics(type))).isFalse();
            assertThat(masker.mask(semantics(type), "$2a$10$abcdefghijklmnopqrstuv")).isEmpty();
        }
    }

    @Test
    void nonPiiAndPublicValuesPassUnchanged() {
        assertThat(masked(SemanticType.MONEY, "1234.50")).isEqualTo("1234.50");
        assertThat(masked(SemanticType.IDENTIFIER, "ORD-0042")).isEqualTo("ORD-0042");
        assertThat(masked(SemanticType.UNKNOWN, "whatever")).isEqualTo("whatever");
        assertThat(masked(SemanticType.COUNTRY, "Germany")).isEqualTo("Germany");
        assertThat(masked(SemanticType.US_STATE, "CA")).isEqualTo("CA");
    }

    @Test
    void everyPiiTypeChangesItsValueOrHidesIt() {
        String sample = "Sample Value 1985 12345";
        Arrays.stream(SemanticType.values())
                .filter(type -> policy.rating(type).isPii() && policy.rating(type).sensitivity() != Sensitivity.PUBLIC)
                .forEach(type -> {
                    var shown = masker.mask(semantics(type), sample);
                    if (masker.isShowable(semantics(type))) {
                        assertThat(shown).as(type.name()).get().isNotEqualTo(sample);
                    } else {
                        assertThat(shown).as(type.name()).isEmpty();
                    }
                });
    }

    @Test
    void nullValuesShowNothing() {
        assertThat(masker.mask(semantics(SemanticType.EMAIL), null)).isEmpty();
        assertThat(masker.isShowable(semantics(SemanticType.EMAIL))).isTrue();
    }
}
