package io.datamind.quality;

import static io.datamind.quality.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.PiiPolicy;
import io.datamind.classify.PiiRating;
import io.datamind.classify.SemanticType;
import io.datamind.classify.ValueMasker;
import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Examples that SQL rules fetch from the source (repeated keys, orphan references) are raw personal data:
 * they must reach the finding masked by their column's semantic type, and secrets not at all.
 */
class MaskedExamplesTest {

    private static final String SCHEMA = "dm_masked";
    private static final TableRef MEMBERS = new TableRef(SCHEMA, "members");
    private static final TableRef PAYMENTS = new TableRef(SCHEMA, "payments");
    private static final TableRef ACCOUNTS = new TableRef(SCHEMA, "accounts");
    private static final String EMAIL = "alice.smith@example.com";
    private static final String SSN = "536-22-8417";
    private static final String TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String ORPHAN_IBAN = "GB82WEST12345698765432";
    private static final String KNOWN_IBAN = "DE89370400440532013000";

    @TempDir
    static Path directory;

    private final QualityAssessor assessor = QualityAssessor.withDefaultRules(QualityOptions.DEFAULTS, Fixtures.CLOCK);
    private final PiiPolicy policy = new PiiPolicy();

    @BeforeAll
    static void createData() throws SQLException {
        try (Connection connection = QualityDatabases.admin(url())) {
            QualityDatabases.execute(connection, "CREATE SCHEMA dm_masked",
                    "CREATE TABLE dm_masked.members (email VARCHAR(60), ssn VARCHAR(11), api_token VARCHAR(64))",
                    "INSERT INTO dm_masked.members VALUES ('" + EMAIL + "', '" + SSN + "', '" + TOKEN + "'),"
                            + " ('" + EMAIL + "', '" + SSN + "', '" + TOKEN + "'), ('bob@example.org', '219-09-9999', 'x1')",
                    "CREATE TABLE dm_masked.accounts (iban VARCHAR(34) PRIMARY KEY)",
                    "INSERT INTO dm_masked.accounts VALUES ('" + KNOWN_IBAN + "')",
                    "CREATE TABLE dm_masked.payments (id INT PRIMARY KEY, iban VARCHAR(34))",
                    "INSERT INTO dm_masked.payments VALUES (1, '" + KNOWN_IBAN + "'), (2, '" + ORPHAN_IBAN + "')");
        }
    }

    private static String url() {
        return "jdbc:h2:file:" + directory.resolve("masked") + ";DATABASE_TO_LOWER=TRUE";
    }

    @Test
    void repeatedKeysShowMaskedValuesAndSecretsNotAtAll() {
        TableSchema table = new Schema(SCHEMA, MEMBERS.name()).column("email", TypeFamily.TEXT)
                .column("ssn", TypeFamily.TEXT).column("api_token", TypeFamily.TEXT)
                .unique("email").unique("ssn").unique("api_token").rows(3).build();
        TableSchema view = new TableSchema(table.table(), TableKind.VIEW, null, table.columns(), null,
                table.uniqueConstraints(), List.of(), List.of(), table.rowCount(), List.of(), "SELECT ...");
        Map<String, ColumnSemantics> semantics = Map.of("email", verdict(SemanticType.EMAIL),
                "ssn", verdict(SemanticType.US_SSN), "api_token", verdict(SemanticType.HASH_OR_TOKEN));
        QualityInput input = new QualityInput(view, profile(MEMBERS, 3,
                new Column("email", TypeFamily.TEXT, 3).estimatedDistinct(2).build(),
                new Column("ssn", TypeFamily.TEXT, 3).estimatedDistinct(2).build(),
                new Column("api_token", TypeFamily.TEXT, 3).estimatedDistinct(2).build()), semantics, List.of());

        TableQuality quality = assessor.assess(input, QualityDatabases.source(url()),
                ExampleMasker.bySemantics(semantics, new ValueMasker()));

        assertThat(quality.findings("NON_UNIQUE_KEY")).extracting(Finding::column)
                .containsExactlyInAnyOrder("email", "ssn", "api_token");
        assertThat(example(quality, "email")).containsExactly("a***@example.com");
        assertThat(example(quality, "ssn")).containsExactly("***-**-8417");
        assertThat(example(quality, "api_token")).isEmpty();
        assertThat(quality.findings()).allSatisfy(f -> assertThat(String.join("|", f.examples()) + f.message())
                .doesNotContain(EMAIL, SSN, TOKEN));
    }

    @Test
    void orphanReferencesShowMaskedValues() {
        Relationship inferred = new Relationship("payments_iban", PAYMENTS, List.of("iban"), ACCOUNTS, List.of("iban"),
                RelationshipOrigin.INFERRED, 0.9, "iban matches accounts.iban");
        Map<String, ColumnSemantics> semantics = Map.of("id", verdict(SemanticType.IDENTIFIER), "iban", verdict(SemanticType.IBAN));
        QualityInput input = new QualityInput(new Schema(SCHEMA, PAYMENTS.name()).column("id", TypeFamily.INTEGER)
                .column("iban", TypeFamily.TEXT).primaryKey("id").rows(2).build(),
                profile(PAYMENTS, 2, new Column("id", TypeFamily.INTEGER, 2).distinct(2).build(),
                        new Column("iban", TypeFamily.TEXT, 2).distinct(2).build()),
                semantics, List.of(inferred));

        TableQuality quality = assessor.assess(input, QualityDatabases.source(url()),
                ExampleMasker.bySemantics(semantics, new ValueMasker()));

        assertThat(quality.findings("ORPHANS")).singleElement().satisfies(f -> {
            assertThat(f.affectedCount()).isEqualTo(1);
            assertThat(f.examples()).containsExactly("GB****************5432");
        });
    }

    @Test
    void aColumnWithoutVerdictIsHidden() {
        ExampleMasker masker = ExampleMasker.bySemantics(Map.of(), new ValueMasker());
        assertThat(masker.mask("anything", EMAIL)).contains(ExampleMasker.HIDDEN);
        assertThat(masker.mask("anything", null)).isEmpty();
    }

    private List<String> example(TableQuality quality, String column) {
        return quality.findings("NON_UNIQUE_KEY").stream().filter(f -> f.column().equals(column)).findFirst()
                .orElseThrow().examples();
    }

    private ColumnSemantics verdict(SemanticType type) {
        PiiRating rating = policy.rating(type);
        return new ColumnSemantics(type, 0.95, 1.0, null, rating.category(), rating.sensitivity(), "test");
    }
}
