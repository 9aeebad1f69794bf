package io.datamind.classify.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.classify.ColumnEvidence;
import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.SemanticClassifier;
import io.datamind.classify.SemanticType;
import io.datamind.scan.TypeFamily;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each detector through the classifier: a column it must claim, and a column under the same name it must not. */
class DetectorCasesTest {

    private final SemanticClassifier classifier = new SemanticClassifier();

    static Stream<Arguments> cases() {
        return Stream.of(
                c(SemanticType.EMAIL, "contact_email", TypeFamily.TEXT, of("ann@example.com", "bob.lee@mail.org", "c+d@x.io"),
                        of("ann at example dot com", "bob", "n/a")),
                c(SemanticType.PHONE, "mobile", TypeFamily.TEXT, of("(415) 234-5678", "+1 212-456-7890", "+44 20 7946 0958"),
                        of("123-456-7890", "555", "unknown")),
                c(SemanticType.URL, "website", TypeFamily.TEXT, of("https://example.com/a", "http://acme.org", "https://x.io/p?q=1"),
                        of("example.com", "acme", "not a url")),
                c(SemanticType.DOMAIN, "hostname", TypeFamily.TEXT, of("example.com", "api.acme.org", "mail.x.io"),
                        of("localhost", "server-01", "10.0.0.1")),
                c(SemanticType.IPV4, "col_a", TypeFamily.TEXT, of("10.0.0.1", "192.168.1.20", "8.8.8.8"),
                        of("10.0.0.256", "1.2.3", "a.b.c.d")),
                c(SemanticType.IPV6, "col_b", TypeFamily.TEXT, of("2001:db8::1", "fe80::1ff:fe23:4567:890a", "::1"),
                        of("2001:db8::1::2", "12345::", "gg::1")),
                c(SemanticType.MAC_ADDRESS, "col_c", TypeFamily.TEXT, of("00:1A:2B:3C:4D:5E", "AA-BB-CC-DD-EE-FF", "001a.2b3c.4d5e"),
                        of("00:1A:2B:3C:4D", "hello", "00:1A:2B:3C:4D:5E:6F")),
                c(SemanticType.UUID, "col_d", TypeFamily.TEXT, of("123e4567-e89b-12d3-a456-426614174000", "00000000-0000-0000-0000-000000000001"),
                        of("123e4567-e89b-12d3-a456", "not-a-uuid")),
                c(SemanticType.CREDIT_CARD, "col_e", TypeFamily.TEXT, of("4111111111111111", "5500 0000 0000 0004", "340000000000009"),
                        of("4111111111111112", "1234567812345678", "5500 0000 0000 0005")),
                c(SemanticType.IBAN, "col_f", TypeFamily.TEXT, of("DE89370400440532013000", "GB82WEST12345698765432", "NL91ABNA0417164300"),
                        of("DE89370400440532013001", "GB82WEST1234569876543", "NL00ABNA0417164300")),
                c(SemanticType.US_SSN, "col_g", TypeFamily.TEXT, of("123-45-6789", "234-56-7890", "345-67-8901"),
                        of("000-45-6789", "666-56-7890", "900-67-8901")),
                c(SemanticType.US_ZIP, "zip", TypeFamily.TEXT, of("94107", "02139", "10001-1234"), of("9410", "ABCDE", "941071")),
                c(SemanticType.POSTAL_CODE, "postcode", TypeFamily.TEXT, of("SW1A 1AA", "K1A 0B1", "1012 AB"),
                        of("hello world", "?", "ABCDEFGHIJKL")),
                c(SemanticType.COUNTRY, "col_h", TypeFamily.TEXT, of("Germany", "France", "Japan", "Brazil"),
                        of("Atlantis", "Narnia", "Mordor", "Gondor")),
                c(SemanticType.US_STATE, "state", TypeFamily.TEXT, of("CA", "NY", "TX", "WA"), of("ZZ", "QQ", "XY", "AB")),
                c(SemanticType.CITY, "city", TypeFamily.TEXT, of("Springfield", "New York", "St. Louis", "Winston-Salem"),
                        of("12345", "springfield!!", "CITY_01")),
                c(SemanticType.STREET_ADDRESS, "col_i", TypeFamily.TEXT, of("742 Evergreen Terrace", "12 Baker St", "1600 Pennsylvania Avenue"),
                        of("Evergreen", "Baker", "Pennsylvania")),
                c(SemanticType.LATITUDE, "lat", TypeFamily.DECIMAL, of("37.7749", "-33.8688", "51.5074"), of("137.7749", "-133.8688", "251.5")),
                c(SemanticType.LONGITUDE, "lng", TypeFamily.DECIMAL, of("-122.4194", "151.2093", "-0.1278"), of("-222.4194", "251.2093", "abc")),
                c(SemanticType.FIRST_NAME, "first_name", TypeFamily.TEXT, of("Anna", "James", "Mary", "Jean-Pierre"),
                        of("anna", "JAMES", "m4ry", "j")),
                c(SemanticType.LAST_NAME, "surname", TypeFamily.TEXT, of("Smith", "O'Brien", "van der Berg", "Müller"),
                        of("smith", "12", "x-1", "o")),
                c(SemanticType.FULL_NAME, "customer_name", TypeFamily.TEXT, of("Anna Smith", "James O'Brien", "Mary Jones"),
                        of("anna smith", "12 34", "ACME")),
                c(SemanticType.GENDER, "gender", TypeFamily.TEXT, of("M", "F", "X"), of("yes", "no", "maybe")),
                c(SemanticType.AGE, "age", TypeFamily.INTEGER, of("18", "35", "67", "90"), of("150", "-4", "230", "999")),
                c(SemanticType.DATE_OF_BIRTH, "dob", TypeFamily.TEXT, of("1985-03-14", "1990-12-01", "1972-07-30"),
                        of("2990-03-14", "1700-01-01", "yesterday")),
                c(SemanticType.DATETIME_TEXT, "col_j", TypeFamily.TEXT, of("2024-03-01 10:15:30", "2023-12-31 23:59:59", "2022-01-01 00:00:00"),
                        of("2024-13-01 10:15:30", "31 o'clock", "soon")),
                c(SemanticType.YEAR, "model_year", TypeFamily.INTEGER, of("1999", "2005", "2024"), of("1850", "2150", "99")),
                c(SemanticType.CURRENCY_CODE, "currency", TypeFamily.TEXT, of("USD", "EUR", "JPY"), of("dollar", "XYZ", "DOLLAR")),
                c(SemanticType.MONEY, "unit_price", TypeFamily.DECIMAL, of("19.99", "5.00", "1200.50"), of("n/a", "free", "call us")),
                c(SemanticType.PERCENTAGE, "col_k", TypeFamily.TEXT, of("12.5%", "100%", "0.5%"), of("12.5", "50", "7")),
                c(SemanticType.LANGUAGE_CODE, "lang", TypeFamily.TEXT, of("en", "de", "fr", "pt-BR"), of("english", "xx", "qq")),
                c(SemanticType.BOOLEAN_TEXT, "is_active", TypeFamily.TEXT, of("Y", "N"), of("Y", "N", "maybe", "later", "perhaps")),
                c(SemanticType.JSON_TEXT, "col_l", TypeFamily.TEXT, of("{\"a\":1}", "[1,2,3]", "{\"b\":{\"c\":true}}"),
                        of("{a:1}", "[1,2", "plain")),
                c(SemanticType.HASH_OR_TOKEN, "col_m", TypeFamily.TEXT,
                        of("5d41402abc4b2a76b9719d911017c592", "7d793037a0760186574b0282f2f435e7", "e2fc714c4727ee9395f324cd2e7f331f"),
                        of("hello", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "1234")),
                c(SemanticType.USERNAME, "username", TypeFamily.TEXT, of("anna_s", "jdoe42", "m.jones"), of("a", "anna smith jones", "x y")),
                c(SemanticType.PASSWORD_OR_SECRET, "password", TypeFamily.TEXT, of("hunter2!", "Summer2023", "P@ssw0rd"),
                        of("true", "false", "true")),
                c(SemanticType.FREE_TEXT, "col_n", TypeFamily.TEXT,
                        of("The parcel arrived two days late and the box was damaged.", "Great service, would order from them again soon.",
                                "Customer asked to be called back about the refund tomorrow."),
                        of("Short note", "OK", "Fine thanks")),
                c(SemanticType.IDENTIFIER, "order_id", TypeFamily.INTEGER, of("1001", "1002", "1003", "1004"), of("two words", "and more words", "x y z")));
    }

    @ParameterizedTest(name = "{0} claims {1}")
    @MethodSource("cases")
    void claimsItsColumn(SemanticType type, String name, TypeFamily family, List<String> positives, List<String> negatives) {
        ColumnSemantics semantics = classifier.classify(column(name, family, positives));
        assertThat(semantics.type()).as(semantics.evidence()).isEqualTo(type);
        assertThat(semantics.confidence()).isBetween(0.5, 1.0);
    }

    @ParameterizedTest(name = "{0} rejects look-alikes in {1}")
    @MethodSource("cases")
    void rejectsLookAlikes(SemanticType type, String name, TypeFamily family, List<String> positives, List<String> negatives) {
        ColumnSemantics semantics = classifier.classify(column(name, family, negatives));
        assertThat(semantics.type()).as(semantics.evidence()).isNotEqualTo(type);
    }

    /** 60 values cycling through the given ones; counted as a 60-row column so nothing looks categorical by accident. */
    static ColumnEvidence column(String name, TypeFamily family, List<String> distinctValues) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            values.add(distinctValues.get(i % distinctValues.size()));
        }
        long distinct = new HashSet<>(values).size();
        boolean twoValued = distinct == 2;
        return new ColumnEvidence(name, family, values, twoValued ? 1000 : 60, twoValued ? 2 : 60);
    }

    private static Arguments c(SemanticType type, String name, TypeFamily family, List<String> positives, List<String> negatives) {
        return Arguments.of(type, name, family, positives, negatives);
    }

    private static List<String> of(String... values) {
        return Arrays.asList(values);
    }
}
