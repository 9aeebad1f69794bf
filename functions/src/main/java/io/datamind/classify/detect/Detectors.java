package io.datamind.classify.detect;

import java.time.Clock;
import java.util.List;

/**
 * The one list of detectors. Order breaks ties between equally confident claims: more specific types first,
 * so a password-named hash column is a secret and a ZIP-shaped postal code is a US ZIP.
 */
public final class Detectors {

    private Detectors() {
    }

    /**
     * @param clock         decides "today" for birth dates
     * @param defaultRegion region for phone numbers written without a country code, e.g. "US"
     */
    public static List<SemanticDetector> standard(Clock clock, String defaultRegion) {
        return List.of(
                new PasswordOrSecretDetector(),
                new EmailDetector(),
                new UrlDetector(),
                new JsonTextDetector(),
                new UuidDetector(),
                new Ipv4Detector(),
                new Ipv6Detector(),
                new MacAddressDetector(),
                new CreditCardDetector(),
                new IbanDetector(),
                new UsSsnDetector(),
                new PhoneDetector(defaultRegion),
                new HashOrTokenDetector(),
                new DateOfBirthDetector(clock),
                new DatetimeTextDetector(),
                new DomainDetector(),
                new UsZipDetector(),
                new PostalCodeDetector(),
                new CountryDetector(),
                new UsStateDetector(),
                new LanguageCodeDetector(),
                new CurrencyCodeDetector(),
                new GenderDetector(),
                new BooleanTextDetector(),
                new StreetAddressDetector(),
                new FullNameDetector(),
                new FirstNameDetector(),
                new LastNameDetector(),
                new CityDetector(),
                new LatitudeDetector(),
                new LongitudeDetector(),
                new AgeDetector(),
                new YearDetector(),
                new PercentageDetector(),
                new MoneyDetector(),
                new UsernameDetector(),
                new FreeTextDetector(),
                new IdentifierDetector(),
                new CategoricalDetector());
    }
}
