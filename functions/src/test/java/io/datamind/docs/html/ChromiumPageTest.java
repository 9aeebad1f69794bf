package io.datamind.docs.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DictionaryFixtures;
import io.datamind.docs.LocalDirectorySink;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFileNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index.html in a real browser: it must load without a console message or uncaught error, and script must run. */
class ChromiumPageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern SECTION = Pattern.compile("<section id=\"([^\"]+)\" class=\"table-section\" data-table=\"([^\"]*)\"([^>]*)>");

    @TempDir
    Path work;

    private HeadlessChromium chromium;

    @BeforeEach
    void locateChromium() {
        chromium = HeadlessChromium.locate(work);
    }

    @Test
    void detectsConsoleErrorsAndUncaughtExceptions() throws Exception {
        Path page = Files.writeString(work.resolve("broken.html"), "<!DOCTYPE html><html><body><p>broken</p><script>"
                + "console.error('deliberate console error');"
                + "setTimeout(function () { throw new Error('deliberate uncaught error'); }, 0);"
                + "</script></body></html>");

        HeadlessChromium.PageLoad load = chromium.load(page.toUri().toString(), TIMEOUT);

        assertThat(load.dom()).contains("<p>broken</p>");
        assertThat(load.consoleProblems()).anyMatch(line -> line.contains("deliberate console error"))
                .anyMatch(line -> line.contains("Uncaught Error: deliberate uncaught error"));
    }

    @Test
    void fixturePageLoadsCleanlyWithASectionPerTable() throws Exception {
        DataDictionary dictionary = DictionaryFixtures.shop();
        Path page = render(dictionary, "shop");

        HeadlessChromium.PageLoad load = chromium.load(page.toUri().toString(), TIMEOUT);

        assertThat(load.consoleProblems()).as("console output of the page").isEmpty();
        assertThat(load.dom()).as("the page's script ran to the end").contains("<body data-ready=\"true\">");
        assertEverySectionPresent(load.dom(), dictionary);
    }

    @Test
    void searchFromTheAddressHidesTablesWithoutAMatch() throws Exception {
        DataDictionary dictionary = DictionaryFixtures.shop();
        Path page = render(dictionary, "search");

        HeadlessChromium.PageLoad load = chromium.load(page.toUri() + "?q=country_code", TIMEOUT);

        assertThat(load.consoleProblems()).isEmpty();
        assertThat(sectionAttributes(load.dom(), "shop.customers")).doesNotContain("hidden");
        assertThat(sectionAttributes(load.dom(), "shop.orders")).contains("hidden");
        assertThat(load.dom()).contains("<p id=\"hits\">1 of 8 tables match</p>")
                .contains("<tr hidden=\"\"><td>2</td><td class=\"cn\">email</td>")
                .contains("<tr><td>4</td><td class=\"cn\">country_code</td>");
    }

    @Test
    void openedStatisticsUnpackInTheBrowser() throws Exception {
        Path page = render(DictionaryFixtures.shop(), "stats");

        HeadlessChromium.PageLoad load = chromium.load(page.toUri() + "?open=stats", TIMEOUT, "--virtual-time-budget=10000");

        assertThat(load.consoleProblems()).isEmpty();
        assertThat(load.dom()).doesNotContain("data-z=")
                .contains("<title>Histogram of total_amount</title>")
                .contains("&lt;b&gt;XX&lt;/b&gt;")
                .doesNotContain("<b>XX</b>");
        assertThat(HtmlRendererTest.count(load.dom(), "data-unpacked=\"true\"")).isEqualTo(6);
    }

    @Test
    void fiveHundredTablePageLoadsCleanlyWithASectionPerTable() throws Exception {
        DataDictionary dictionary = DictionaryFixtures.generated(500, 20);
        Path page = render(dictionary, "large");

        long started = System.nanoTime();
        HeadlessChromium.PageLoad load = chromium.load(page.toUri().toString(), TIMEOUT);
        System.out.printf("500-table page (%,d bytes) loaded and dumped in %d ms%n", Files.size(page),
                (System.nanoTime() - started) / 1_000_000);

        assertThat(load.consoleProblems()).isEmpty();
        assertThat(load.dom()).contains("<body data-ready=\"true\">");
        assertEverySectionPresent(load.dom(), dictionary);

        HeadlessChromium.PageLoad searched = chromium.load(page.toUri() + "?q=table_499", TIMEOUT);
        assertThat(searched.consoleProblems()).isEmpty();
        assertThat(searched.dom()).contains("<p id=\"hits\">1 of 500 tables match</p>");
        assertThat(HtmlRendererTest.count(searched.dom(), "class=\"table-section\" data-table=\"erp.table_4"))
                .isEqualTo(100);
        assertThat(sectionAttributes(searched.dom(), "erp.table_499")).doesNotContain("hidden");
        assertThat(sectionAttributes(searched.dom(), "erp.table_498")).contains("hidden");
    }

    private Path render(DataDictionary dictionary, String folder) throws IOException {
        Path out = work.resolve(folder);
        new HtmlRenderer().render(dictionary, new LocalDirectorySink(out));
        return out.resolve(HtmlRenderer.PAGE);
    }

    private static void assertEverySectionPresent(String dom, DataDictionary dictionary) {
        TableFileNames names = TableFileNames.of(dictionary);
        Matcher matcher = SECTION.matcher(dom);
        Map<String, String> sections = new HashMap<>();
        while (matcher.find()) {
            sections.put(matcher.group(1), matcher.group(2));
        }
        assertThat(sections).hasSize(dictionary.tables().size());
        for (TableEntry entry : dictionary.tables()) {
            assertThat(sections).containsEntry("t-" + names.nameOf(entry.table()), Html.attr(entry.table().key()));
        }
    }

    private static String sectionAttributes(String dom, String table) {
        Matcher matcher = SECTION.matcher(dom);
        while (matcher.find()) {
            if (matcher.group(2).equals(table)) {
                return matcher.group(3);
            }
        }
        throw new AssertionError("no section for " + table);
    }
}
