package io.datamind.docs.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DictionaryFixtures;
import io.datamind.docs.LocalDirectorySink;
import io.datamind.docs.MemorySink;
import io.datamind.docs.RelationshipIndex;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFileNames;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.TableRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private final DataDictionary dictionary = DictionaryFixtures.shop();
    private final TableFileNames names = TableFileNames.of(dictionary);
    private final MemorySink sink = new MemorySink();

    @BeforeEach
    void render() throws IOException {
        new MarkdownRenderer().render(dictionary, sink);
        // Kept for a human look at the output: target/docs-preview/markdown
        new MarkdownRenderer().render(dictionary, new LocalDirectorySink(Path.of("target/docs-preview/markdown")));
    }

    @Test
    void writesAnIndexAndOnePagePerTableIncludingTheFailedOne() {
        assertThat(sink.files()).hasSize(1 + dictionary.tables().size()).containsKey("README.md");
        for (TableEntry entry : dictionary.tables()) {
            String page = sink.text(MarkdownRenderer.tablePath(names, entry));
            assertThat(page).startsWith("# " + Md.text(entry.table().key()) + "\n");
        }
        assertThat(sink.contentType("README.md")).startsWith("text/markdown");
    }

    @Test
    void everyRelativeLinkResolvesToAWrittenFile() {
        int links = 0;
        for (Map.Entry<String, byte[]> file : sink.files().entrySet()) {
            Path folder = Path.of(file.getKey()).getParent();
            Matcher matcher = LINK.matcher(sink.text(file.getKey()));
            while (matcher.find()) {
                String target = matcher.group(1);
                String resolved = (folder == null ? Path.of(target) : folder.resolve(target)).normalize().toString();
                assertThat(sink.files()).as("link %s in %s", target, file.getKey()).containsKey(resolved);
                links++;
            }
        }
        assertThat(links).as("links checked").isGreaterThan(dictionary.tables().size() * 2);
    }

    @Test
    void indexSummarisesSourceRunTablesAndFailures() {
        String readme = sink.text("README.md");

        assertThat(readme).startsWith("# Data dictionary: shop\n")
                .contains("**Source:** postgresql · PostgreSQL 15.8 · `jdbc:postgresql://127.0.0.1:5432/test`")
                .contains("**Run:** partial · 8 tables, 1 failed")
                .contains("**Data quality:** 99.2 / 100 (completeness 99.4 · validity 98.5 · uniqueness 100.0) · 0 errors, 3 warnings, 0 notes")
                .contains("| [shop.customers](tables/shop.customers.md) | table | 1,000 | 6 | 99.2 | ")
                .contains("| [shop.orders](tables/shop.orders.md) | table | 5,000 | 5 |  | Orders placed by customers. |")
                .contains("| [shop.order_items](tables/shop.order_items.md) | table | ~2,400,000 | 5 |")
                .contains("| [shop.customer_order_totals](tables/shop.customer_order_totals.md) | view |")
                .contains("## Failed tables")
                .contains("| [shop.legacy_audit](tables/shop.legacy_audit.md) | scan | SourceAccessException: permission denied for table legacy_audit |");
        String notesLink = "tables/" + names.nameOf(DictionaryFixtures.NOTES) + ".md";
        assertThat(readme).contains("[shop.Notes für \"VIP\" \\| 2024](" + notesLink + ")");
    }

    @Test
    void mermaidDiagramParsesAsIdentifiersAndShowsEveryRelationship() {
        String readme = sink.text("README.md");
        String block = readme.substring(readme.indexOf("```mermaid\n") + 11, readme.indexOf("```", readme.indexOf("```mermaid\n") + 11));
        MermaidDiagram diagram = new MermaidDiagram(dictionary, new RelationshipIndex(dictionary.relationships()));

        assertThat(block).startsWith("erDiagram\n");
        for (String line : block.lines().skip(1).toList()) {
            assertThat(line).as("mermaid line").matches(
                    " {4}[A-Za-z_][A-Za-z0-9_]*\\[\"[^\"\\n]*\"\\]( \\{)?"
                            + "| {8}[A-Za-z_][A-Za-z0-9_]* [A-Za-z_][A-Za-z0-9_]*( PK| FK| PK, FK)?( \"[^\"]*\")?"
                            + "| {4}\\}"
                            + "| {4}[A-Za-z_][A-Za-z0-9_]* \\|\\|(--|\\.\\.)o\\{ [A-Za-z_][A-Za-z0-9_]* : \"[^\"]*\"");
        }
        for (TableEntry entry : dictionary.tables()) {
            assertThat(block).contains("    " + diagram.idOf(entry.table()) + "[\"" + entry.table().key().replace('"', '\'') + "\"]");
        }
        for (Relationship r : dictionary.relationships()) {
            String line = "    " + diagram.idOf(r.to()) + (r.origin() == RelationshipOrigin.INFERRED ? " ||..o{ " : " ||--o{ ")
                    + diagram.idOf(r.from()) + " : \"" + String.join(", ", r.fromColumns());
            assertThat(block).contains(line);
        }
        assertThat(diagram.idOf(DictionaryFixtures.NOTES)).isEqualTo("shop_Notes_fur_VIP_2024");
        assertThat(block).as("only key and linked columns").contains("integer customer_id FK").doesNotContain("full_name");
        assertThat(MermaidDiagram.identifier("Größe \"cm\"", "column")).isEqualTo("Gro_e_cm");
        assertThat(MermaidDiagram.identifier("2024 sales", "table")).isEqualTo("_2024_sales");
        assertThat(MermaidDiagram.identifier("ü", "table")).isEqualTo("u");
        assertThat(MermaidDiagram.identifier("日本", "table")).isEqualTo("table");
    }

    @Test
    void tableCellsEscapePipesNewlinesAndHtml() {
        String customers = sink.text(page(DictionaryFixtures.CUSTOMERS));

        assertThat(customers).doesNotContain("<script>")
                .contains("Customers &lt;script&gt;alert('x')&lt;/script&gt; of the shop \\| see \"CRM\"")
                .contains("| 2 | **email** | `character varying(255)` | no | UQ | email (97.0%) | contact · confidential | Login e-mail \\| unique |");
        assertThat(customers).as("values are code spans, shown literally").contains("| `<b>XX</b>` | 2 | 0.2% | █ |");
        for (String file : sink.files().keySet()) {
            assertTablesHaveConsistentColumnCounts(file, sink.text(file));
        }
    }

    @Test
    void tablePageHasADataQualitySectionWithFindingsAndTheirSql() {
        String customers = sink.text(page(DictionaryFixtures.CUSTOMERS));

        assertThat(customers).contains("## Data quality\n\n**Score:** 99.2 / 100 (completeness 99.4 · validity 98.5 · uniqueness 100.0)")
                .contains("| email | 98.5 | completeness 100.0 · validity 97.0 |")
                .contains("| warning | `INVALID_VALUES` | email | 30 (3.0%) | 3.0% of email values are not e-mail addresses | "
                        + "`x***@nowhere`, `<i>***@example.com` |")
                .contains("<details><summary>How to reproduce each finding</summary>\n\n**INVALID_VALUES** on `email`:\n\n```sql\n"
                        + DictionaryFixtures.INVALID_EMAIL_SQL + "\n```\n")
                .contains("**MISSING** on `full_name`:\n\nclassifier sample: share of values that are NULL\n")
                .contains("- `ORPHANS`: no database connection")
                .contains("| allowed values | country_code | 3 values cover every row |")
                .contains("| 4 | **country_code** | `character(2)` | yes |  | country (100.0%) | location · public |");
        assertThat(sink.text(page(DictionaryFixtures.ORDERS))).doesNotContain("## Data quality");
    }

    @Test
    void tablePageShowsColumnsKeysIndexesAndStatistics() {
        String customers = sink.text(page(DictionaryFixtures.CUSTOMERS));

        assertThat(customers)
                .contains("**Kind:** table · **Rows:** 1,000 (exact) · **Columns:** 6")
                .contains("**Profiled:** 1,000 rows by `full scan` in 0.3 s")
                .contains("| 1 | **customer_id** | `bigint` | no | PK |  |  | Unique identifier of the customer. | nulls 0.0% · distinct 1,000 · range 1 … 1,000, mean 500.5 |")
                .contains("- Primary key `customers_pkey`: customer_id")
                .contains("- Unique `customers_email_key`: email")
                .contains("| customers_country_idx | country_code | no | `CREATE INDEX customers_country_idx ON shop.customers USING btree (country_code)` |")
                .contains("### Referenced by (incoming)")
                .contains("| [shop.orders](shop.orders.md) | customer_id | customer_id | declared | 100.0% |")
                .contains("### country_code")
                .contains("| `DE` | 310 | 31.0% | ████████████████████ |")
                .contains("| `AA` | 727 | 100.0% |");
        String orders = sink.text(page(DictionaryFixtures.ORDERS));
        assertThat(orders)
                .contains("| orders_customer_id_fkey | customer_id | [shop.customers](shop.customers.md) | customer_id |")
                .contains("| p1 | p5 | p25 | p50 | p75 | p95 | p99 |")
                .contains("| 25 | 125 | 625 | 1,250 | 1,875 | 2,375 | 2,475 |")
                .contains("Histogram:");
    }

    @Test
    void pagesCoverInferredLinksViewsPartitionsAndFailures() {
        assertThat(sink.text(page(DictionaryFixtures.ORDER_ITEMS)))
                .contains("### References (outgoing)")
                .contains("| product_id | [shop.products](shop.products.md) | product_id | inferred | 92.0% | name product_id matches")
                .contains("**Profiled:** 100,000 rows (sample) by `TABLESAMPLE SYSTEM (4.2)`")
                .contains("**Rows:** ~2,400,000 (estimated)");
        assertThat(sink.text(page(DictionaryFixtures.ORDER_TOTALS)))
                .contains("## View definition\n\n```sql\nSELECT o.customer_id, count(*) AS orders")
                .contains("**Kind:** view");
        assertThat(sink.text(page(DictionaryFixtures.EVENTS)))
                .contains("## Partitions\n\n- events_2024\n- events_2025\n- events_2026\n")
                .contains("- Distinct values: 95,800 (estimated, 94,100 … 97,500)")
                .contains("Distribution by year:");
        assertThat(sink.text(page(DictionaryFixtures.LEGACY_AUDIT)))
                .contains("> **Failed** during scan: SourceAccessException: permission denied for table legacy_audit")
                .doesNotContain("## Columns");
        assertThat(sink.text(page(DictionaryFixtures.PRODUCTS))).contains("- Size: 2,048 … 512,000 bytes, average 48,212");
    }

    @Test
    void largeSchemasGetACappedDiagram() throws IOException {
        MemorySink large = new MemorySink();
        new MarkdownRenderer().render(DictionaryFixtures.generated(200, 6), large);

        String readme = large.text("README.md");
        assertThat(large.files()).hasSize(201);
        assertThat(readme).contains("Showing the " + MermaidDiagram.MAX_TABLES + " most connected of 200 tables");
        long entities = readme.lines().filter(l -> l.matches(" {4}[A-Za-z_0-9]+\\[\".*")).count();
        assertThat(entities).isEqualTo(MermaidDiagram.MAX_TABLES);
    }

    @Test
    void hybridTablePageSaysWhichFiguresCoverEveryRowAndWhichDescribeTheSample() throws IOException {
        DataDictionary hybrid = DictionaryFixtures.hybrid();
        MemorySink rendered = new MemorySink();
        new MarkdownRenderer().render(hybrid, rendered);
        new MarkdownRenderer().render(hybrid, new LocalDirectorySink(Path.of("target/docs-preview/markdown-hybrid")));
        String clicks = rendered.text(page(TableFileNames.of(hybrid), DictionaryFixtures.CLICKS));

        assertThat(clicks)
                .contains("**Kind:** table · **Rows:** 10,000,000 (exact) · **Columns:** 8  \n")
                .contains("**Profiled:** 28,868 rows (sample) by `TABLESAMPLE SYSTEM (0.29)` in 0.2 s; nulls, empty strings, "
                        + "ranges, true/false and sizes in bytes counted over all 10,000,000 rows in 2.6 s\n")
                .contains("| 2 | **amount** | `numeric(12,2)` | yes |  |  |  | Basket value when the click happened. | "
                        + "nulls 9.1% (all rows) · distinct 1,400 (sample) · range -300 … 9,999,999.99 (all rows), mean 87.25 (sample) |");
        assertThat(between(clicks, "### amount\n\n", "### clicked_on")).startsWith("""
                **Over all 10,000,000 rows:**

                - Nulls: 909,091 (9.1%)
                - Range: -300 … 9,999,999.99

                **In the sample** (every figure below):

                - Rows profiled: 28,868
                - Nulls: 2,502 (8.7%)
                """).contains("| -300 | 699.5 | 87.25 |");
        assertThat(between(clicks, "### clicked_on\n\n", "### label"))
                .contains("**Over all 10,000,000 rows:**\n\n- Nulls: 0 (0.0%)\n- Range: `2020-01-01` … `2099-12-31`\n\n**In the sample**")
                .contains("Range: `2020-01-01` … `2024-02-08`\n");
        assertThat(between(clicks, "### label\n\n", "### is_bot"))
                .contains("- Nulls: 769,231 (7.7%)\n- Empty strings: 1\n\n**In the sample**")
                .contains("- Nulls: 2,021 (7.0%)").contains("empty strings: 0");
        assertThat(between(clicks, "### is_bot\n\n", "### payload"))
                .contains("- Nulls: 588,235 (5.9%)\n- True: 3,137,255, false: 6,274,510\n\n**In the sample**")
                .contains("- True: 9,057, false: 18,368\n");
        assertThat(between(clicks, "### payload\n\n", "### score"))
                .contains("- Nulls: 1,111,111 (11.1%)\n- Size: 0 … 4,096 bytes\n\n**In the sample**")
                .contains("- Size: 0 … 63 bytes, average 31.5\n");
        assertThat(between(clicks, "### score\n\n", "### only_null"))
                .contains("- Nulls: 0 (0.0%)\n- Range: not counted, the values include NaN or an infinity\n\n**In the sample**");
        assertThat(clicks.substring(clicks.indexOf("### only_null")))
                .contains("- Nulls: 10,000,000 (100.0%)\n\n**In the sample**").doesNotContain("Range");
        assertTablesHaveConsistentColumnCounts("clicks", clicks);
        assertThat(rendered.text("README.md")).contains("| [shop.clicks](tables/shop.clicks.md) | table | 10,000,000 | 8 |");
    }

    @Test
    void everyPageWithoutTotalsIsWrittenAsBefore() throws IOException {
        MemorySink hybrid = new MemorySink();
        new MarkdownRenderer().render(DictionaryFixtures.hybrid(), hybrid);
        for (TableEntry entry : dictionary.tables()) {
            assertThat(hybrid.text(page(entry.table()))).as(entry.table().key()).isEqualTo(sink.text(page(entry.table())));
        }

        MemorySink sample = new MemorySink();
        new MarkdownRenderer().render(DictionaryFixtures.hybridAsSample(), sample);
        String clicks = sample.text(page(TableFileNames.of(DictionaryFixtures.hybridAsSample()), DictionaryFixtures.CLICKS));
        assertThat(clicks).contains("**Kind:** table · **Rows:** ~9,998,000 (estimated) · **Columns:** 8  \n")
                .contains("**Profiled:** 28,868 rows (sample) by `TABLESAMPLE SYSTEM (0.29)` in 0.2 s\n")
                .contains("### amount\n\n- Rows profiled: 28,868\n- Nulls: 2,502 (8.7%)\n")
                .doesNotContain("all rows").doesNotContain("Over all").doesNotContain("In the sample");
    }

    private static String page(TableFileNames names, TableRef table) {
        return "tables/" + names.nameOf(table) + ".md";
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("found %s", start).isGreaterThanOrEqualTo(0);
        return text.substring(from + start.length(), text.indexOf(end, from + start.length()));
    }

    private String page(TableRef table) {
        return "tables/" + names.nameOf(table) + ".md";
    }

    /** Every row of a Markdown table must have as many unescaped cell separators as its header. */
    private static void assertTablesHaveConsistentColumnCounts(String file, String markdown) {
        int expected = -1;
        boolean inFence = false;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (inFence || !line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int separators = unescapedPipes(line);
            if (expected < 0) {
                expected = separators;
            }
            assertThat(separators).as("cells in %s: %s", file, line).isEqualTo(expected);
        }
    }

    private static int unescapedPipes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                count++;
            }
        }
        return count;
    }

    @Test
    void changesSectionOnlyWhenTheRunWasComparedAndSomethingChanged() throws IOException {
        assertThat(sink.text("README.md")).doesNotContain("## Changes");
        MemorySink compared = new MemorySink();
        new MarkdownRenderer().render(DictionaryFixtures.shopWithChanges(), compared);
        String readme = compared.text("README.md");

        assertThat(readme).contains("## Changes\n\n4 changes since run `run-2026-11-21-001` (2026-11-21T21:00:00Z).\n\n"
                        + "| Table | Column | Change | Before | After | Details |\n")
                .contains("| shop.customers | email | column added |  | `text` | Column email was added (text). |")
                .contains("| shop.Notes für \"VIP\" \\| 2024 | größe | column type changed | `int <4>` | `bigint\\|8` | "
                        + "Column größe changed type from int &lt;4&gt; to bigint\\|8. |")
                .contains("| shop.old_orders |  | table removed |  |  | Table shop.old_orders was removed. |");
        assertThat(readme.indexOf("## Changes")).isLessThan(readme.indexOf("## Tables"));

        MemorySink empty = new MemorySink();
        new MarkdownRenderer().render(DictionaryFixtures.shop().withChanges(
                new io.datamind.drift.SchemaChanges("run-0", null, List.of())), empty);
        assertThat(empty.text("README.md")).doesNotContain("## Changes");
    }
}
