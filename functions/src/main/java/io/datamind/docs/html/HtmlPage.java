package io.datamind.docs.html;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.Figures;
import io.datamind.docs.QualityTexts;
import io.datamind.docs.RelationshipIndex;
import io.datamind.docs.RunInfo;
import io.datamind.docs.SourceInfo;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFileNames;
import io.datamind.docs.TableTexts;
import io.datamind.quality.DatabaseQuality;
import io.datamind.scan.TableRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** index.html: styles and script inlined from resources so the one file works offline. */
final class HtmlPage {

    static final int OVERVIEW_MAX_TABLES = 60;
    private static final String STYLE = resource("datamind.css");
    private static final String SCRIPT = resource("datamind.js");

    private final DataDictionary dictionary;
    private final RelationshipIndex relationships;
    private final SectionIds ids;
    private final DiagramBoxes boxes;

    HtmlPage(DataDictionary dictionary) {
        this.dictionary = dictionary;
        this.relationships = new RelationshipIndex(dictionary.relationships());
        this.ids = new SectionIds(TableFileNames.of(dictionary));
        this.boxes = new DiagramBoxes(dictionary, relationships, ids);
    }

    String render() {
        StringBuilder out = new StringBuilder(64 * 1024 + dictionary.tables().size() * 12 * 1024);
        String title = "Data dictionary: " + sourceName();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"generator\" content=\"").append(Html.attr(dictionary.tool())).append("\">")
                .append("<title>").append(Html.text(title)).append("</title><style>").append(STYLE).append("</style></head>\n<body>");
        sidebar(out);
        out.append("<main>");
        overview(out, title);
        for (TableEntry entry : dictionary.tables()) {
            new HtmlTableSection(entry, ids, relationships, boxes, out).render();
        }
        out.append("</main><script>").append(SCRIPT).append("</script></body></html>\n");
        return out.toString();
    }

    private void sidebar(StringBuilder out) {
        out.append("<nav id=\"side\"><p class=\"brand\">").append(Html.text(sourceName())).append("</p>")
                .append("<input id=\"q\" type=\"search\" placeholder=\"Search tables and columns\" autocomplete=\"off\"")
                .append(" aria-label=\"Search tables and columns\"><p id=\"hits\"></p><ul id=\"toc\">");
        for (TableEntry entry : dictionary.tables()) {
            String id = ids.of(entry.table());
            out.append("<li data-t=\"").append(Html.attr(id)).append('"').append(entry.failure() != null ? " class=\"failed\"" : "")
                    .append("><a href=\"#").append(Html.attr(id)).append("\">").append(Html.text(entry.table().key())).append("</a>\n");
        }
        out.append("</ul></nav>");
    }

    private void overview(StringBuilder out, String title) {
        out.append("<header id=\"overview\"><h1>").append(Html.text(title)).append("</h1>");
        SourceInfo source = dictionary.source();
        if (source != null) {
            out.append("<p class=\"meta\">").append(Html.text(source.kind()))
                    .append(source.product() == null ? "" : " · " + Html.text(source.product()))
                    .append(source.location() == null ? "" : " · <code>" + Html.text(source.location()) + "</code>").append("</p>");
        }
        RunInfo run = dictionary.run();
        if (run != null) {
            out.append("<p class=\"meta\">Run ").append(Html.text(TableTexts.lowerCase(run.status()))).append(" · ")
                    .append(run.tablesTotal()).append(" tables, ").append(run.tablesFailed()).append(" failed")
                    .append(run.startedAt() == null ? "" : " · started " + Html.text(run.startedAt()))
                    .append(" · took ").append(Figures.seconds(run.durationMs()))
                    .append(run.profileMode() == null ? "" : " · profile mode " + Html.text(run.profileMode()))
                    .append(run.describer() == null ? "" : " · descriptions by " + Html.text(run.describer())).append("</p>");
        }
        quality(out);
        HtmlChangesSection.render(dictionary.changes(), ids, out);
        failures(out);
        diagram(out);
        out.append("</header>");
    }

    private void quality(StringBuilder out) {
        DatabaseQuality quality = dictionary.quality();
        if (quality == null) {
            return;
        }
        out.append("<p class=\"dq\">Data quality <b class=\"score\">").append(QualityTexts.score(quality.score()))
                .append("</b> / 100 <span class=\"meta\">").append(Html.text(QualityTexts.dimensions(quality.score())))
                .append(" · ").append(Html.text(QualityTexts.findingCounts(quality))).append("</span></p>");
        out.append("<details class=\"scores\"><summary>Quality score of each table</summary><table class=\"cols\">")
                .append("<thead><tr><th>Table<th>Score<th>Dimensions</thead><tbody>");
        for (TableEntry entry : dictionary.tables()) {
            if (entry.quality() != null) {
                out.append("<tr><td><a href=\"#").append(Html.attr(ids.of(entry.table()))).append("\">")
                        .append(Html.text(entry.table().key())).append("</a><td class=\"num\">")
                        .append(QualityTexts.score(entry.quality().score())).append("<td>")
                        .append(Html.text(QualityTexts.dimensions(entry.quality().score()))).append('\n');
            }
        }
        out.append("</tbody></table></details>");
    }

    private void failures(StringBuilder out) {
        List<TableEntry> failed = dictionary.tables().stream().filter(e -> e.failure() != null).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.append("<div class=\"failures\"><h2>Failed tables</h2><ul>");
        for (TableEntry entry : failed) {
            out.append("<li><a href=\"#").append(Html.attr(ids.of(entry.table()))).append("\">").append(Html.text(entry.table().key()))
                    .append("</a>: ").append(Html.text(entry.failure().step())).append(" — ")
                    .append(Html.text(TableTexts.failure(entry.failure()))).append("</li>");
        }
        out.append("</ul></div>");
    }

    /** The whole schema for small sources; for large ones the most connected tables, each section has its own. */
    private void diagram(StringBuilder out) {
        List<TableRef> tables = dictionary.tables().stream().map(TableEntry::table).toList();
        boolean capped = tables.size() > OVERVIEW_MAX_TABLES;
        if (capped) {
            tables = tables.stream().filter(t -> relationships.degree(t) > 0)
                    .sorted(Comparator.comparingInt(relationships::degree).reversed().thenComparing(Comparator.naturalOrder()))
                    .limit(OVERVIEW_MAX_TABLES).toList();
        }
        if (tables.isEmpty()) {
            return;
        }
        out.append("<details class=\"diagram\"").append(capped ? "" : " open").append("><summary>Entity-relationship diagram");
        if (capped) {
            out.append(" (the ").append(tables.size()).append(" most connected of ").append(dictionary.tables().size())
                    .append(" tables; each table shows its own related tables)");
        }
        out.append("</summary><div class=\"scroll\">")
                .append(new ErDiagramSvg(boxes.boxes(new ArrayList<>(tables)), dictionary.relationships())
                        .render("Entity-relationship diagram of " + sourceName()))
                .append("</div></details>");
    }

    private String sourceName() {
        SourceInfo source = dictionary.source();
        if (source == null) {
            return "unknown source";
        }
        return source.name() != null ? source.name() : source.kind();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream("/io/datamind/docs/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
