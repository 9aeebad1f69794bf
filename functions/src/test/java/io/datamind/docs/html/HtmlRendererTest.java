package io.datamind.docs.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DictionaryFixtures;
import io.datamind.docs.LocalDirectorySink;
import io.datamind.docs.MemorySink;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFileNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static final Pattern PACKED = Pattern.compile(
            "<details class=\"stats\" data-z=\"([A-Za-z0-9+/=]+)\"><summary>Column statistics</summary></details>");

    private final DataDictionary dictionary = DictionaryFixtures.shop();
    private final TableFileNames names = TableFileNames.of(dictionary);

    @Test
    void writesOneSelfContainedPage() throws IOException {
        MemorySink sink = new MemorySink();
        new HtmlRenderer().render(dictionary, sink);
        new HtmlRenderer().render(dictionary, new LocalDirectorySink(Path.of("target/docs-preview/html")));

        assertThat(sink.files()).containsOnlyKeys("index.html");
        assertThat(sink.contentType("index.html")).isEqualTo("text/html; charset=utf-8");
        String page = sink.text("index.html");
        assertThat(page).startsWith("<!DOCTYPE html>")
                .doesNotContainPattern("(?i)<link|\\ssrc=|@import|url\\(|https?://|<iframe|<object");
        assertThat(count(page, "<script")).as("only the page's own inline script").isEqualTo(1);
        assertThat(count(page, "<style")).isEqualTo(1);
    }

    @Test
    void escapesEverythingThatCameFromTheDatabase() {
        String page = page();

        assertThat(page).doesNotContain("<script>alert")
                .contains("Customers &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; of the shop | see &quot;CRM&quot;\nsecond line &amp; more")
                .contains("&lt;b&gt;XX&lt;/b&gt; · 2 (0.2%)")
                .contains("data-table=\"shop.Notes für &quot;VIP&quot; | 2024\"")
                .contains("<td class=\"cn\">Größe &quot;cm&quot;");
    }

    @Test
    void hasASectionPerTableAndASidebarEntryLinkingToIt() {
        String page = page();

        for (TableEntry entry : dictionary.tables()) {
            String id = "t-" + names.nameOf(entry.table());
            assertThat(page).contains("<section id=\"" + id + "\" class=\"table-section\" data-table=\"" + Html.attr(entry.table().key()) + "\">")
                    .contains("<li data-t=\"" + id + "\"");
            assertThat(page).contains("><a href=\"#" + id + "\">" + Html.text(entry.table().key()) + "</a>");
        }
        assertThat(count(page, "class=\"table-section\"")).isEqualTo(dictionary.tables().size());
        assertThat(page).contains("<li data-t=\"t-shop.legacy_audit\" class=\"failed\">");
    }

    @Test
    void showsQualityScoresFindingsAndTheirSqlEscaped() {
        String page = page();

        assertThat(page).contains("<p class=\"dq\">Data quality <b class=\"score\">99.2</b> / 100 <span class=\"meta\">"
                        + "completeness 99.4 · validity 98.5 · uniqueness 100.0 · 0 errors, 3 warnings, 0 notes</span></p>")
                .contains("<td><a href=\"#t-shop.customers\">shop.customers</a><td class=\"num\">99.2<td>completeness 99.4")
                .contains("<h3>Data quality <b class=\"score\">99.2</b> / 100</h3>")
                .contains("<tr class=\"warning\"><td><span class=\"sev warning\">warning</span><td><code>INVALID_VALUES</code>"
                        + "<td>email<td class=\"num\">30 (3.0%)<td>3.0% of email values are not e-mail addresses")
                .contains("<details class=\"sql\"><summary>SQL</summary><pre>SELECT COUNT(*) FROM &quot;shop&quot;.&quot;customers&quot; "
                        + "WHERE &quot;email&quot; NOT LIKE &#39;%@%&#39; -- &lt;b&gt;&amp;&lt;/b&gt;</pre></details>")
                .contains("<summary>How it was counted</summary><pre>classifier sample: share of values that are NULL</pre>")
                .contains("<code>x***@nowhere</code> <code>&lt;i&gt;***@example.com</code>")
                .contains("Not run: <code>ORPHANS</code> (no database connection)")
                .contains("full name (90.0%) <span class=\"pii confidential\"")
                .contains("<td class=\"sem\">country (100.0%) <span class=\"pii public\"")
                .doesNotContain("<i>***");
    }

    @Test
    void showsRunSummaryFailuresAndTableDetails() {
        String page = page();

        assertThat(page).contains("Run partial · 8 tables, 1 failed")
                .contains("<a href=\"#t-shop.legacy_audit\">shop.legacy_audit</a>: scan — SourceAccessException: permission denied for table legacy_audit")
                .contains("<p class=\"fail\">Failed during scan: SourceAccessException: permission denied for table legacy_audit</p>")
                .contains("<p class=\"meta\">~2,400,000 rows (estimated) · 5 columns · profiled 100,000 rows (sample) by TABLESAMPLE SYSTEM (4.2)</p>")
                .contains("<td class=\"cn\">email<td><code>character varying(255)</code><td>no<td>UQ<td class=\"sem\">email (97.0%) "
                        + "<span class=\"pii confidential\" title=\"personal data; example values are masked\">PII contact · confidential</span>"
                        + "<td class=\"cd\">Login e-mail | unique")
                .contains("<li>order_id → <a href=\"#t-shop.orders\">shop.orders</a> (order_id) <span class=\"dec\">declared</span></li>")
                .contains("product_id → <a href=\"#t-shop.products\">shop.products</a> (product_id) <span class=\"inf\">inferred 92.0%</span>")
                .contains("<details class=\"view\"><summary>View definition</summary><pre>SELECT o.customer_id")
                .contains("WHERE o.status &lt;&gt; &#39;cancelled&#39;")
                .contains("Partitions: <code>events_2024</code>, <code>events_2025</code>, <code>events_2026</code>")
                .contains("p1 25 · p5 125 · p25 625 · p50 1,250")
                .contains("<h4>event_id</h4><p class=\"fig\">rows 96,000 · nulls 0 · distinct est. 94,100…97,500 · unique 99.8%</p>")
                .contains("<p class=\"fig\">samples: <code>0b9c6a1e-3d1f-4e55-9a7c-2f0d8e5b6a11</code> </p>")
                .contains("bytes 2,048…512,000, avg 48,212");
    }

    @Test
    void drawsChartsAsInlineSvg() {
        String page = page();

        String histogram = between(page, "<title>Histogram of total_amount</title><path d=\"", "\"/>");
        assertThat(count(histogram, "H")).as("one step per bin").isEqualTo(20);
        String topValues = between(page, "<title>Most frequent values of status</title>", "</svg>");
        assertThat(count(topValues, "<text ")).isEqualTo(4);
        assertThat(topValues).contains(">delivered · 3,900 (78.0%)</text>");
        assertThat(page).contains("<title>True and false values of is_active</title>")
                .contains("<title>Values of occurred_on per year</title>");
    }

    @Test
    void drawsTheWholeDiagramForASmallSchema() {
        String page = page();
        String diagram = between(page, "<details class=\"diagram\" open>", "</details>");

        for (TableEntry entry : dictionary.tables()) {
            assertThat(diagram).contains("<a href=\"#t-" + names.nameOf(entry.table()) + "\"><g class=\"box\">");
        }
        assertThat(count(diagram, "<g class=\"rel\">")).isEqualTo(2);
        assertThat(count(diagram, "<g class=\"rel inf\">")).isEqualTo(2);
        assertThat(diagram).contains("<title>shop.order_items(product_id) → shop.products(product_id) inferred</title>")
                .contains(">PK FK order_id</text>");
    }

    @Test
    void staysSmallAndCappedForFiveHundredTables() throws IOException {
        DataDictionary large = DictionaryFixtures.generated(500, 20);
        long started = System.nanoTime();
        String page = new HtmlRenderer().page(large);
        long millis = (System.nanoTime() - started) / 1_000_000;
        int bytes = page.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("500 tables x 20 columns: %,d bytes in %d ms%n", bytes, millis);
        java.nio.file.Files.createDirectories(Path.of("target/docs-preview/large"));
        java.nio.file.Files.writeString(Path.of("target/docs-preview/large/index.html"), page);

        assertThat(bytes).isLessThan(6 * 1024 * 1024);
        assertThat(count(page, "class=\"table-section\"")).isEqualTo(500);
        String overview = between(page, "<details class=\"diagram\">", "</details>");
        assertThat(overview).contains("(the 60 most connected of 500 tables");
        assertThat(count(overview, "<g class=\"box\">")).isEqualTo(HtmlPage.OVERVIEW_MAX_TABLES);
        String neighbourhood = between(page, "<section id=\"t-erp.table_001\"", "</section>");
        assertThat(neighbourhood).contains("<details class=\"hood\">");
        assertThat(count(neighbourhood, "<g class=\"box\">")).isLessThanOrEqualTo(HtmlTableSection.MAX_NEIGHBOURS + 1).isGreaterThan(1);
    }

    @Test
    void packsColumnStatisticsSoTheScriptUnpacksThemWhenOpened() {
        String page = new HtmlRenderer().page(dictionary);

        assertThat(page).doesNotContain("Histogram of total_amount")
                .containsPattern("<details class=\"stats\" data-z=\"[A-Za-z0-9+/=]+\"><summary>Column statistics</summary></details>");
        assertThat(count(page, "<details class=\"stats\"")).as("every table with a profile").isEqualTo(6);
        assertThat(unpacked(page)).contains("<details class=\"stats\"><summary>Column statistics</summary><div class=\"cs\"><h4>customer_id</h4>");
    }

    @Test
    void hybridSectionSaysWhichFiguresCoverEveryRowAndWhichDescribeTheSample() throws IOException {
        String page = unpacked(new HtmlRenderer().page(DictionaryFixtures.hybrid()));
        new HtmlRenderer().render(DictionaryFixtures.hybrid(), new LocalDirectorySink(Path.of("target/docs-preview/html-hybrid")));
        String clicks = between(page, "<section id=\"t-shop.clicks\"", "</section>");

        assertThat(clicks)
                .contains("<p class=\"meta\">10,000,000 rows · 8 columns · profiled 28,868 rows (sample) by TABLESAMPLE SYSTEM (0.29)"
                        + " · nulls, empty strings, ranges, true/false and sizes in bytes counted over all 10,000,000 rows in 2.6 s</p>")
                .contains("<td>nulls 9.1% (all rows) · distinct 1,400 (sample) · range -300 … 9,999,999.99 (all rows), mean 87.25 (sample)\n")
                .contains("<h4>amount</h4><p class=\"fig\"><b>over all 10,000,000 rows:</b> nulls 909,091 (9.1%) · range -300…9,999,999.99</p>"
                        + "<p class=\"fig\"><b>in the sample, from here on:</b> rows 28,868 · nulls 2,502 · unique 5.3%</p>")
                .contains("<h4>clicked_on</h4><p class=\"fig\"><b>over all 10,000,000 rows:</b> nulls 0 (0.0%) · from 2020-01-01 to 2099-12-31</p>")
                .contains("<p class=\"fig\">from 2020-01-01 · to 2024-02-08</p>")
                .contains("<b>over all 10,000,000 rows:</b> nulls 769,231 (7.7%) · empty 1</p>")
                .contains("<p class=\"fig\">length 4…6 · avg 5 · empty 0 · ")
                .contains("<b>over all 10,000,000 rows:</b> nulls 588,235 (5.9%) · true 3,137,255 · false 6,274,510</p>")
                .contains("<b>over all 10,000,000 rows:</b> nulls 1,111,111 (11.1%) · bytes 0…4,096</p>"
                        + "<p class=\"fig\"><b>in the sample, from here on:</b> rows 28,868 · nulls 3,000 · bytes 0…63, avg 31.5</p>")
                .contains("<b>over all 10,000,000 rows:</b> nulls 0 (0.0%) · range not counted, the values include NaN or an infinity</p>")
                .contains("<h4>only_null</h4><p class=\"fig\"><b>over all 10,000,000 rows:</b> nulls 10,000,000 (100.0%)</p>");
        assertThat(count(clicks, "<b>over all 10,000,000 rows:</b>")).as("one per column").isEqualTo(8);
        assertThat(count(clicks, "<b>in the sample, from here on:</b>")).isEqualTo(8);
    }

    @Test
    void everySectionWithoutTotalsIsWrittenAsBefore() {
        String shop = page();
        String hybrid = unpacked(new HtmlRenderer().page(DictionaryFixtures.hybrid()));
        for (TableEntry entry : dictionary.tables()) {
            String start = "<section id=\"t-" + names.nameOf(entry.table()) + "\"";
            assertThat(between(hybrid, start, "</section>")).as(entry.table().key()).isEqualTo(between(shop, start, "</section>"));
        }

        String sample = between(unpacked(new HtmlRenderer().page(DictionaryFixtures.hybridAsSample())),
                "<section id=\"t-shop.clicks\"", "</section>");
        assertThat(sample).contains("<p class=\"meta\">~9,998,000 rows (estimated) · 8 columns · profiled 28,868 rows (sample)"
                        + " by TABLESAMPLE SYSTEM (0.29)</p>")
                .contains("<h4>amount</h4><p class=\"fig\">rows 28,868 · nulls 2,502 · unique 5.3%</p>")
                .doesNotContain("all rows").doesNotContain("in the sample");
    }

    /** The page as a reader sees it once every statistics block is opened. */
    private String page() {
        return unpacked(new HtmlRenderer().page(dictionary));
    }

    static String unpacked(String page) {
        Matcher packed = PACKED.matcher(page);
        StringBuilder out = new StringBuilder();
        while (packed.find()) {
            packed.appendReplacement(out, Matcher.quoteReplacement(
                    "<details class=\"stats\"><summary>Column statistics</summary>" + gunzip(packed.group(1)) + "</details>"));
        }
        return packed.appendTail(out).toString();
    }

    private static String gunzip(String base64) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("found %s", start).isGreaterThanOrEqualTo(0);
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }

    @Test
    void changesSectionLinksKeptTablesAndEscapesEverything() throws IOException {
        assertThat(page()).doesNotContain("id=\"changes\"");
        MemorySink sink = new MemorySink();
        new HtmlRenderer().render(DictionaryFixtures.shopWithChanges(), sink);
        String page = sink.text("index.html");

        assertThat(page).contains("<section id=\"changes\" class=\"changes\"><h2>Changes</h2><p class=\"meta\">4 changes since run "
                        + "<code>run-2026-11-21-001</code> (2026-11-21T21:00:00Z)</p>")
                .contains("<tr data-kind=\"column_added\"><td><a href=\"#t-shop.customers\">shop.customers</a><td>email"
                        + "<td>column added<td><td><code>text</code><td>Column email was added (text).")
                .contains("<td>größe<td>column type changed<td><code>int &lt;4&gt;</code><td><code>bigint|8</code>")
                .contains("<tr data-kind=\"table_removed\"><td>shop.old_orders<td><td>table removed");
        assertThat(page.indexOf("id=\"changes\"")).isLessThan(page.indexOf("class=\"table-section\""));
    }
}
