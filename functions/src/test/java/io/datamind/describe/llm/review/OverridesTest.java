package io.datamind.describe.llm.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.describe.ColumnDescription;
import io.datamind.describe.Description;
import io.datamind.describe.DescriptionSource;
import io.datamind.describe.DescriptionStatus;
import io.datamind.describe.TableDescription;
import io.datamind.describe.heuristic.HeuristicDescriber;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.Json;
import io.datamind.docs.TableEntry;
import io.datamind.scan.TableRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

    @TempDir
    Path temp;

    @Test
    void reviewedTextWinsOverGeneratedTextButNotOverDatabaseComments() throws Exception {
        Path file = temp.resolve("overrides.yaml");
        Files.writeString(file, """
                tables:
                  crm.customer:
                    description: Everyone who bought from us at least once.
                    businessName: Customer
                    tags: [crm, pii]
                    columns:
                      email:
                        description: Login and contact address, verified at sign-up.
                        businessName: E-mail
                      status:
                        description: Reviewers cannot overwrite a database comment.
                """);
        DescriptionOverrides overrides = DescriptionOverrides.read(file);
        var request = io.datamind.describe.llm.LlmFixtures.customerRequestWithoutTableComment();

        TableDescription described = new ReviewedDescriber(new HeuristicDescriber(), overrides).describe(request);

        assertThat(described.description()).isEqualTo(new Description("Everyone who bought from us at least once.",
                DescriptionSource.HEURISTIC, DescriptionStatus.ACCEPTED, "Customer", null, List.of("crm", "pii")));
        assertThat(described.column("email").orElseThrow().status()).isEqualTo(DescriptionStatus.ACCEPTED);
        assertThat(described.column("email").orElseThrow().text()).isEqualTo("Login and contact address, verified at sign-up.");
        assertThat(described.column("status").orElseThrow())
                .isEqualTo(new Description("Lifecycle state set by the CRM.", DescriptionSource.DATABASE));
        assertThat(described.column("phone").orElseThrow().status()).isNull();
    }

    @Test
    void exportWritesGeneratedDescriptionsAndLeavesDatabaseCommentsOut() throws Exception {
        TableRef table = new TableRef("crm", "customer");
        TableDescription description = new TableDescription(table,
                new Description("Buyers.", DescriptionSource.LLM, DescriptionStatus.SUGGESTED, "Customer", null, List.of("crm")),
                List.of(new ColumnDescription("email", new Description("Contact address.", DescriptionSource.LLM,
                                DescriptionStatus.SUGGESTED, "E-mail", 0.9, null)),
                        new ColumnDescription("status", new Description("From the DBA.", DescriptionSource.DATABASE))));
        DataDictionary dictionary = new DataDictionary(DataDictionary.FORMAT_VERSION, "test", null, null,
                List.of(new TableEntry(table, null, null, description, null)), List.of(), null, null, null);
        Path json = temp.resolve("dictionary.json");
        Files.write(json, Json.mapper().writeValueAsBytes(dictionary));
        Path yaml = temp.resolve("overrides.yaml");

        new DescriptionExporter().export(json).write(yaml);

        assertThat(Files.readString(yaml)).isEqualTo("""
                tables:
                  crm.customer:
                    description: Buyers.
                    businessName: Customer
                    tags:
                    - crm
                    columns:
                      email:
                        description: Contact address.
                        businessName: E-mail
                """);
        DescriptionOverrides roundTrip = DescriptionOverrides.read(yaml);
        assertThat(roundTrip.tables().get("crm.customer").columns()).containsOnlyKeys("email");
    }
}
