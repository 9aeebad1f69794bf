package io.datamind.classify.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@example.com", "j+tag@mail.example.co.uk", "o'brien@acme.io", "x_1@sub.domain.org"})
    void acceptsEmailAddresses(String value) {
        assertThat(EmailValidator.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@", "@example.com", "a@b", "two@@example.com", "a@b@c.com", "jane doe@example.com",
            "jane..doe@example.com", "jane@-example.com", "contact me at jane@example.com"})
    void rejectsNonEmails(String value) {
        assertThat(EmailValidator.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.1.2.3", "192.168.0.1", "255.255.255.255"})
    void acceptsIpv4(String value) {
        assertThat(Ipv4Validator.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "1..2.3", "example.com"})
    void rejectsMalformedIpv4(String value) {
        assertThat(Ipv4Validator.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8:85a3:0:0:8a2e:370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::1", "::",
            "fe80::1ff:fe23:4567:890a", "2001:db8::", "::ffff:192.0.2.128", "1:2:3:4:5:6:7::"})
    void acceptsIpv6(String value) {
        assertThat(Ipv6Validator.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::85a3::7334", "1:2:3:4:5:6:7:8:9", "12345::1", "g::1", "1:2:3:4:5:6:7", ":1:2:3:4:5:6:7",
            "00:1A:2B:3C:4D:5E", "10:30", "::ffff:999.0.2.128", "localhost"})
    void rejectsMalformedIpv6(String value) {
        assertThat(Ipv6Validator.isValid(value)).isFalse();
    }

    @Test
    void macAddressesInThreeNotations() {
        assertThat(List.of("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e")).allMatch(MacAddressValidator::isValid);
        assertThat(List.of("00:1A:2B:3C:4D", "00:1A-2B:3C:4D:5E", "00:1G:2B:3C:4D:5E")).noneMatch(MacAddressValidator::isValid);
    }

    @Test
    void uuidsInCanonicalOrBracedForm() {
        assertThat(UuidValidator.isValid("123e4567-e89b-12d3-a456-426614174000")).isTrue();
        assertThat(UuidValidator.isValid("{123e4567-e89b-12d3-a456-426614174000}")).isTrue();
        assertThat(UuidValidator.isValid("{123e4567-e89b-12d3-a456-426614174000")).isFalse();
        assertThat(UuidValidator.isValid("123e4567e89b12d3a456426614174000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "5500-0000-0000-0004", "340000000000009",
            "6011000000000004", "2221000000000009", "3530111333300000"})
    void acceptsCardNumbersOfKnownIssuers(String value) {
        assertThat(CreditCardValidator.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "1234567812345670", "411111111111", "34000000000000", "4111/1111/1111/1111"})
    void rejectsBadChecksumsUnknownIssuersAndWrongLengths(String value) {
        // 1234567812345670 passes Luhn but no network issues numbers starting with 1; 34000000000000 is an Amex prefix at 14 digits
        assertThat(CreditCardValidator.isValid(value)).isFalse();
    }

    @Test
    void luhnChecksum() {
        assertThat(CreditCardValidator.passesLuhn("79927398713")).isTrue();
        assertThat(CreditCardValidator.passesLuhn("79927398710")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432",
            "FR1420041010050500013M02606", "NL91ABNA0417164300", "NO9386011117947"})
    void acceptsIbans(String value) {
        assertThat(IbanValidator.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013001", "DE8937040044053201300", "XX89370400440532013000", "GB82-WEST-1234"})
    void rejectsIbansWithBadChecksumLengthOrCountry(String value) {
        assertThat(IbanValidator.isValid(value)).isFalse();
    }

    @Test
    void ibanLengthTableCoversTheRegistry() {
        assertThat(IbanValidator.countries()).isGreaterThanOrEqualTo(85);
    }

    @Test
    void socialSecurityNumbersFollowIssuanceRules() {
        assertThat(List.of("123-45-6789", "001-01-0001", "665-12-3456", "123456789")).allMatch(UsSsnValidator::isValid);
        assertThat(List.of("000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000", "123-456-789",
                "12345678")).noneMatch(UsSsnValidator::isValid);
    }

    @Test
    void zipCodesFiveDigitsOrZipPlusFour() {
        assertThat(List.of("94107", "02139", "94107-1234")).allMatch(UsZipValidator::isValid);
        assertThat(List.of("9410", "941071", "94107-12", "ABCDE")).noneMatch(UsZipValidator::isValid);
    }

    @Test
    void countriesFromJdkLocaleData() {
        assertThat(List.of("DE", "us", "DEU", "USA", "Germany", "united states", "UK")).allMatch(Countries::isCountry);
        assertThat(List.of("XX", "ZZZ", "Atlantis", "Californ")).noneMatch(Countries::isCountry);
    }

    @Test
    void currenciesAreUpperCaseIso4217() {
        assertThat(List.of("USD", "EUR", "JPY", "CHF", "usd")).allMatch(Currencies::isCode);
        assertThat(List.of("ABC", "US", "EURO")).noneMatch(Currencies::isCode);
        assertThat(Currencies.isUpperCaseCode("usd")).isFalse();
    }

    @Test
    void languageCodesAndTags() {
        assertThat(List.of("en", "DE", "pt-BR", "en_US", "zh-Hant-TW")).allMatch(Languages::isCode);
        assertThat(List.of("xx", "english", "en-XX", "e")).noneMatch(Languages::isCode);
    }

    @Test
    void usStatesByCodeAndName() {
        assertThat(UsStates.count()).isEqualTo(51);
        assertThat(List.of("CA", "ny", "District of Columbia", "north dakota")).allMatch(v -> UsStates.isCode(v) || UsStates.isName(v));
        assertThat(List.of("XY", "Ontario", "Bavaria")).noneMatch(v -> UsStates.isCode(v) || UsStates.isName(v));
    }

    @Test
    void jsonObjectsAndArraysOnly() {
        assertThat(List.of("{\"a\":1}", "[1,2]", "{}", "[{\"k\":[true,null]}]")).allMatch(JsonText::isObjectOrArray);
        assertThat(List.of("42", "\"text\"", "{a:1}", "[1,2", "{\"a\":1} trailing?")).noneMatch(JsonText::isObjectOrArray);
    }

    @Test
    void datesReportTheFormatThatFitsBest() {
        var match = TextDates.bestFormat(List.of("31/12/2020", "01/02/2021", "15/07/1999"), 0.8).orElseThrow();
        assertThat(match.pattern().display()).isEqualTo("dd/MM/yyyy");
        assertThat(match.ratio()).isEqualTo(1.0);
        assertThat(TextDates.bestFormat(List.of("12/31/2020", "02/01/2021", "07/15/1999"), 0.8).orElseThrow().pattern().display())
                .isEqualTo("MM/dd/yyyy");
        assertThat(TextDates.bestFormat(List.of("2024-03-01 10:15:30.123", "2024-03-02 11:00:00"), 0.8).orElseThrow().pattern().display())
                .isEqualTo("yyyy-MM-dd HH:mm:ss");
        assertThat(TextDates.bestFormat(List.of("Mar 5, 2021", "Dec 25, 2020"), 0.8).orElseThrow().pattern().display())
                .isEqualTo("MMM d, yyyy");
        assertThat(TextDates.bestFormat(List.of("2021-02-30", "2021-13-01", "hello"), 0.8)).isEmpty();
    }

    @Test
    void booleansAndGenders() {
        assertThat(List.of("true", "FALSE", "Y", "n", "t", "0", "1", "Yes")).allMatch(BooleanText::isBoolean);
        assertThat(List.of("2", "maybe", "on")).noneMatch(BooleanText::isBoolean);
        assertThat(List.of("M", "female", "Non-Binary", "x")).allMatch(Genders::isGender);
        assertThat(List.of("yes", "boy", "1")).noneMatch(Genders::isGender);
    }

    @Test
    void tokensHashesAndPasswordHashes() {
        assertThat(Tokens.isToken("5d41402abc4b2a76b9719d911017c592")).isTrue();
        assertThat(Tokens.isToken("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")).isTrue();
        assertThat(Tokens.isToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).isTrue();
        assertThat(Tokens.isToken("xK9fQ2mZ7pL4vR8tY1wB3nC6")).isTrue();
        assertThat(Tokens.isToken("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isFalse();
        assertThat(Tokens.isToken("this_is_a_long_identifier_name")).isFalse();
        assertThat(Tokens.isToken("12345678901234567890")).isFalse();
        assertThat(Tokens.isPasswordHash("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")).isTrue();
        assertThat(Tokens.isPasswordHash("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA")).isTrue();
        assertThat(Tokens.isPasswordHash("pbkdf2_sha256$260000$salt$hash")).isTrue();
        assertThat(Tokens.isPasswordHash("$100.00")).isFalse();
    }

    @Test
    void personNameShapes() {
        assertThat(List.of("Anna", "O'Brien", "Jean-Pierre", "Müller", "SMITH")).allMatch(PersonNames::isNameWord);
        assertThat(List.of("anna", "A", "Anna1", "")).noneMatch(PersonNames::isNameWord);
        assertThat(List.of("Anna Smith", "Anna Maria Smith", "Piet van der Berg", "Smith, Anna")).allMatch(PersonNames::isFullName);
        assertThat(List.of("Anna", "anna smith", "The quick brown fox jumps over")).noneMatch(PersonNames::isFullName);
    }

    @Test
    void numbersMoneyAndPercentages() {
        assertThat(NumberText.parse("1,234.50").orElseThrow()).isEqualTo(1234.5);
        assertThat(NumberText.hasCurrencySymbol("$1,234.50")).isTrue();
        assertThat(NumberText.hasCurrencySymbol("12.00 €")).isTrue();
        assertThat(NumberText.hasCurrencySymbol("12.00")).isFalse();
        assertThat(NumberText.isPercentText("12.5%")).isTrue();
        assertThat(NumberText.isIntegerBetween("120", 0, 120)).isTrue();
        assertThat(NumberText.isIntegerBetween("121", 0, 120)).isFalse();
        assertThat(NumberText.isIntegerBetween("12.0", 0, 120)).isFalse();
    }

    @Test
    void streetLines() {
        assertThat(List.of("742 Evergreen Terrace", "12B Baker St, Apt 4", "1600 Pennsylvania Avenue NW", "Hauptstraße 12"))
                .allMatch(StreetAddresses::isStreetLine);
        assertThat(List.of("Evergreen Terrace", "742", "Order 12 shipped late")).noneMatch(StreetAddresses::isStreetLine);
    }

    @Test
    void phonesUseNumberingPlans() {
        PhoneNumbers phones = new PhoneNumbers("US");
        assertThat(List.of("(415) 234-5678", "+1 212-456-7890", "+44 20 7946 0958", "+49 30 901820", "415.234.5678"))
                .allMatch(phones::isValid);
        assertThat(List.of("123-456-7890", "+1 000-000-0000", "12345", "call 415 234 5678", "2024-01-05"))
                .noneMatch(phones::isValid);
    }

    @Test
    void phonesWrittenAbroadCountWhenTheirLengthFitsTheCountry() {
        PhoneNumbers phones = new PhoneNumbers("US");
        assertThat(List.of("0031 30 62988603", "0049 30 39432925", "+44 161 189 2938", "020 8120 7806", "0131.422.0242"))
                .allMatch(phones::isValid);
        assertThat(List.of("+999 1234 5678", "0044 1", "4158675309123", "0123"))
                .as("unknown country code, too short, no trunk zero, too short").noneMatch(phones::isValid);
    }

    @Test
    void urlsAndDomainsWithoutNetworkAccess() {
        assertThat(List.of("https://www.example.com/a?b=c", "http://10.0.0.1:8080/x", "ftp://files.example.org")).allMatch(UrlValidator::isValid);
        assertThat(List.of("www.example.com", "mailto:a@b.com", "https://", "http://exa mple.com")).noneMatch(UrlValidator::isValid);
        assertThat(List.of("example.com", "mail.example.co.uk", "xn--bcher-kva.de")).allMatch(DomainValidator::isValid);
        assertThat(List.of("example", "-bad.com", "exa_mple.com", "example.c0m", "shop.notarealtld")).noneMatch(DomainValidator::isValid);
    }

    @Test
    void postalCodeShapes() {
        assertThat(List.of("SW1A 1AA", "K1A 0B1", "1012 AB", "10115", "00-950")).allMatch(PostalCodeValidator::isValid);
        assertThat(List.of("SW1A 1AA", "K1A 0B1")).allMatch(PostalCodeValidator::isAlphanumeric);
        assertThat(List.of("hello world", "12", "ABCDEFGHIJ")).noneMatch(PostalCodeValidator::isValid);
    }
}
