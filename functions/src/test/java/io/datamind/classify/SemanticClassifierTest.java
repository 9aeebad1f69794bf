package io.datamind.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.classify.detect.Detectors;
import io.datamind.scan.TypeFamily;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticClassifierTest {

    private final SemanticClassifier classifier = new SemanticClassifier(
            Detectors.standard(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "US"), new PiiPolicy());

    private static ColumnEvidence column(String name, TypeFamily family, List<String> values) {
        return new ColumnEvidence(name, family, values, values.size(), values.stream().distinct().count());
    }

    private static List<String> repeat(int times, String... values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(List.of(values));
        }
        return out;
    }

    @Test
    void explainsTheVerdictWithNameAndMatchRatio() {
        List<String> values = new ArrayList<>(repeat(19, "ann@example.com", "bob@example.org", "carla@mail.io", "dan@x.com", "eve@y.net"));
        values.addAll(List.of("n/a", "unknown", "-", "?", "none"));
        ColumnSemantics semantics = classifier.classify(column("contact_email", TypeFamily.TEXT, values));

        assertThat(semantics.type()).isEqualTo(SemanticType.EMAIL);
        assertThat(semantics.matchRatio()).isEqualTo(0.95);
        assertThat(semantics.confidence()).isEqualTo(0.95);
        assertThat(semantics.piiCategory()).isEqualTo(PiiCategory.CONTACT);
        assertThat(semantics.sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(semantics.evidence()).isEqualTo("name matches 'email'; 95.0% of 100 sampled values are e-mail addresses");
    }

    @Test
    void selfIdentifyingValuesNeedNoName() {
        ColumnSemantics semantics = classifier.classify(column("col7", TypeFamily.TEXT,
                repeat(10, "DE89370400440532013000", "GB82WEST12345698765432")));
        assertThat(semantics.type()).isEqualTo(SemanticType.IBAN);
        assertThat(semantics.sensitivity()).isEqualTo(Sensitivity.RESTRICTED);
        assertThat(semantics.confidence()).isEqualTo(0.95);
    }

    @Test
    void ambiguousValuesNeedATellingName() {
        List<String> fiveDigits = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fiveDigits.add(String.valueOf(10_000 + i * 1_731));
        }
        assertThat(classifier.classify(column("zip_code", TypeFamily.TEXT, fiveDigits)).type()).isEqualTo(SemanticType.US_ZIP);
        assertThat(classifier.classify(column("product_id", TypeFamily.TEXT, fiveDigits)).type()).isEqualTo(SemanticType.IDENTIFIER);
        ColumnSemantics neutral = classifier.classify(column("col13", TypeFamily.TEXT, fiveDigits));
        assertThat(neutral.type()).isEqualTo(SemanticType.UNKNOWN);
        assertThat(neutral.confidence()).isZero();
        assertThat(neutral.evidence()).startsWith("closest guess");
    }

    @Test
    void reportsTheDetectedDateFormat() {
        ColumnSemantics semantics = classifier.classify(column("shipped", TypeFamily.TEXT,
                repeat(10, "31/12/2020", "01/02/2021", "15/07/1999")));
        assertThat(semantics.type()).isEqualTo(SemanticType.DATETIME_TEXT);
        assertThat(semantics.format()).isEqualTo("dd/MM/yyyy");

        ColumnSemantics birth = classifier.classify(column("birth_date", TypeFamily.TEXT, repeat(10, "03/14/1985", "12/01/1990")));
        assertThat(birth.type()).isEqualTo(SemanticType.DATE_OF_BIRTH);
        assertThat(birth.format()).isEqualTo("MM/dd/yyyy");
        assertThat(birth.piiCategory()).isEqualTo(PiiCategory.IDENTITY);
    }

    @Test
    void birthDatesMustLieInThePast() {
        ColumnSemantics future = classifier.classify(column("dob", TypeFamily.DATE, repeat(10, "2030-01-01", "2031-05-05")));
        assertThat(future.type()).isNotEqualTo(SemanticType.DATE_OF_BIRTH);
        ColumnSemantics nativeDates = classifier.classify(column("dob", TypeFamily.DATE, repeat(10, "1980-01-01", "1975-05-05")));
        assertThat(nativeDates.type()).isEqualTo(SemanticType.DATE_OF_BIRTH);
        assertThat(nativeDates.format()).isNull();
    }

    @Test
    void fileSourcesDeliverEverythingAsTextAndStillClassify() {
        assertThat(classifier.classify(column("age", TypeFamily.TEXT, repeat(10, "34", "56", "71"))).type()).isEqualTo(SemanticType.AGE);
        assertThat(classifier.classify(column("latitude", TypeFamily.TEXT, repeat(10, "37.77", "-33.86"))).type()).isEqualTo(SemanticType.LATITUDE);
        assertThat(classifier.classify(column("amount", TypeFamily.TEXT, repeat(10, "$1,234.50", "$19.99"))).type()).isEqualTo(SemanticType.MONEY);
    }

    @Test
    void passwordsAreRecognisedByNameAloneButNotWhenTheValuesAreFlagsOrDates() {
        ColumnSemantics secret = classifier.classify(column("pwd", TypeFamily.TEXT, repeat(10, "hunter2!", "Winter2024")));
        assertThat(secret.type()).isEqualTo(SemanticType.PASSWORD_OR_SECRET);
        assertThat(secret.matchRatio()).isNull();
        assertThat(secret.evidence()).contains("name matches 'pwd'");
        assertThat(classifier.classify(column("password_hash", TypeFamily.BINARY, List.of())).type())
                .isEqualTo(SemanticType.PASSWORD_OR_SECRET);
        assertThat(classifier.classify(column("password_expired", TypeFamily.TEXT, repeat(10, "true", "false"))).type())
                .isEqualTo(SemanticType.BOOLEAN_TEXT);
        assertThat(classifier.classify(column("password_changed_at", TypeFamily.TEXT, repeat(10, "2024-01-02T10:00:00"))).type())
                .isEqualTo(SemanticType.DATETIME_TEXT);
    }

    @Test
    void secretWordsInsideOtherWordsDoNotMakeSecrets() {
        assertThat(classifier.classify(column("passive_income", TypeFamily.DECIMAL, repeat(10, "1200.50", "310.00"))).type())
                .isEqualTo(SemanticType.MONEY);
        assertThat(classifier.classify(column("secretary_name", TypeFamily.TEXT, repeat(10, "Anna Smith", "James Brown"))).type())
                .isNotEqualTo(SemanticType.PASSWORD_OR_SECRET);
        assertThat(classifier.classify(column("passport_no", TypeFamily.TEXT, repeat(10, "X1234567", "Y7654321"))).type())
                .isNotEqualTo(SemanticType.PASSWORD_OR_SECRET);
    }

    @Test
    void bcryptValuesAreSecretsWhateverTheName() {
        ColumnSemantics semantics = classifier.classify(column("col3", TypeFamily.TEXT,
                repeat(5, "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")));
        assertThat(semantics.type()).isEqualTo(SemanticType.PASSWORD_OR_SECRET);
        assertThat(semantics.matchRatio()).isEqualTo(1.0);
    }

    @Test
    void lowCardinalityWithoutAnythingMoreSpecificIsCategorical() {
        ColumnEvidence evidence = new ColumnEvidence("status", TypeFamily.TEXT, repeat(20, "NEW", "PAID", "SHIPPED"), 10_000, 3);
        ColumnSemantics semantics = classifier.classify(evidence);
        assertThat(semantics.type()).isEqualTo(SemanticType.CATEGORICAL);
        assertThat(semantics.evidence()).isEqualTo("3 distinct values over 10000 non-null rows");
    }

    @Test
    void emptySamplesAndBlankValuesAreUnknown() {
        assertThat(classifier.classify(column("col1", TypeFamily.TEXT, List.of())).type()).isEqualTo(SemanticType.UNKNOWN);
        assertThat(classifier.classify(column("col1", TypeFamily.TEXT, List.of(" ", "", "  "))).type()).isEqualTo(SemanticType.UNKNOWN);
    }
}
