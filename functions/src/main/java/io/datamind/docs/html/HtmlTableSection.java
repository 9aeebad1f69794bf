package io.datamind.docs.html;

import io.datamind.docs.ColumnFacts;
import io.datamind.docs.ColumnSummary;
import io.datamind.docs.Figures;
import io.datamind.docs.QualityTexts;
import io.datamind.docs.RelationshipIndex;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableTexts;
import io.datamind.profile.TableProfile;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One table's section of index.html; the bulky parts (statistics, indexes, diagram) are folded in details elements. */
final class HtmlTableSection {

    static final int MAX_NEIGHBOURS = 11;

    private final TableEntry entry;
    private final SectionIds ids;
    private final RelationshipIndex relationships;
    private final DiagramBoxes boxes;
    private final StringBuilder out;

    HtmlTableSection(TableEntry entry, SectionIds ids, RelationshipIndex relationships, DiagramBoxes boxes, StringBuilder out) {
        this.entry = entry;
        this.ids = ids;
        this.relationships = relationships;
        this.boxes = boxes;
        this.out = out;
    }

    void render() {
        TableRef table = entry.table();
        out.append("<section id=\"").append(Html.attr(ids.of(table))).append("\" class=\"table-section\" data-table=\"")
                .append(Html.attr(table.key())).append("\"><h2>").append(Html.text(table.key()));
        String kind = TableTexts.kind(entry);
        if (!kind.isEmpty()) {
            out.append(" <span class=\"kind\">").append(kind).append("</span>");
        }
        out.append("</h2>");
        if (entry.failure() != null) {
            out.append("<p class=\"fail\">Failed during ").append(Html.text(entry.failure().step())).append(": ")
                    .append(Html.text(TableTexts.failure(entry.failure()))).append("</p>");
        }
        String description = TableTexts.description(entry);
        if (!description.isEmpty()) {
            out.append("<p class=\"desc\">").append(Html.text(description)).append("</p>");
        }
        meta();
        List<ColumnFacts> columns = ColumnFacts.of(entry);
        columns(columns);
        relationshipLists();
        new HtmlQualitySection(out).render(entry);
        statistics(columns);
        keysAndIndexes(entry.schema());
        viewAndPartitions(entry.schema());
        neighbourhood();
        out.append("</section>\n");
    }

    private void meta() {
        List<String> parts = new ArrayList<>();
        TableSchema schema = entry.schema();
        RowCount rows = TableTexts.rowCount(entry);
        if (schema != null && rows != null) {
            parts.add(Figures.rowCount(rows) + " rows" + (rows.exact() ? "" : " (estimated)"));
        }
        if (schema != null) {
            parts.add(schema.columns().size() + " columns");
        }
        TableProfile profile = entry.profile();
        if (profile != null) {
            parts.add("profiled " + Figures.count(profile.rowsProfiled()) + " rows" + (profile.sampled() ? " (sample)" : "")
                    + (profile.method() == null ? "" : " by " + Html.text(profile.method())));
            String totals = TableTexts.totals(profile);
            if (!totals.isEmpty()) {
                parts.add(totals);
            }
        }
        if (!parts.isEmpty()) {
            out.append("<p class=\"meta\">").append(String.join(" · ", parts)).append("</p>");
        }
    }

    private void columns(List<ColumnFacts> columns) {
        if (columns.isEmpty()) {
            return;
        }
        out.append("<table class=\"cols\"><thead><tr><th>#<th>Column<th>Type<th>Null<th>Key<th>Semantic type<th>Description<th>Statistics</thead><tbody>");
        int position = 1;
        for (ColumnFacts column : columns) {
            out.append("<tr><td>").append(column.schema() == null ? position : column.schema().ordinal())
                    .append("<td class=\"cn\">").append(Html.text(column.name()))
                    .append("<td><code>").append(Html.text(column.type())).append("</code>")
                    .append("<td>").append(column.schema() == null ? "" : column.schema().nullable() ? "yes" : "no")
                    .append("<td>").append(String.join(" ", column.keys()))
                    .append("<td class=\"sem\">").append(semantics(column))
                    .append("<td class=\"cd\">").append(Html.text(column.description() == null ? "" : column.description().text()))
                    .append("<td>").append(Html.text(ColumnSummary.of(column.profile()))).append('\n');
            position++;
        }
        out.append("</tbody></table>");
    }

    /** "email (98%)" and, for personal data, a badge naming its category and sensitivity. */
    private static String semantics(ColumnFacts column) {
        String type = Html.text(QualityTexts.semanticType(column.profile()));
        if (!QualityTexts.isPii(column.profile())) {
            return type;
        }
        String sensitivity = column.profile().semantics().sensitivity().name().toLowerCase(Locale.ROOT);
        return type + " <span class=\"pii " + sensitivity + "\" title=\"personal data; example values are masked\">PII "
                + Html.text(QualityTexts.pii(column.profile())) + "</span>";
    }

    /** Packed, since statistics are most of a large page's bytes; the page's script unpacks them when opened. */
    private void statistics(List<ColumnFacts> columns) {
        StringBuilder content = new StringBuilder(columns.size() * 700);
        new HtmlColumnStatistics(content).render(columns, entry.profile() == null ? null : entry.profile().totals());
        if (content.length() > 0) {
            out.append("<details class=\"stats\" data-z=\"").append(PackedHtml.pack(content.toString()))
                    .append("\"><summary>Column statistics</summary></details>");
        }
    }

    private void relationshipLists() {
        List<Relationship> outgoing = relationships.outgoing(entry.table());
        List<Relationship> incoming = relationships.incoming(entry.table());
        if (outgoing.isEmpty() && incoming.isEmpty()) {
            return;
        }
        out.append("<div class=\"rels\">");
        if (!outgoing.isEmpty()) {
            out.append("<h3>References</h3><ul>");
            outgoing.forEach(r -> relationship(r, r.fromColumns(), r.to(), r.toColumns()));
            out.append("</ul>");
        }
        if (!incoming.isEmpty()) {
            out.append("<h3>Referenced by</h3><ul>");
            incoming.forEach(r -> relationship(r, r.toColumns(), r.from(), r.fromColumns()));
            out.append("</ul>");
        }
        out.append("</div>");
    }

    private void relationship(Relationship r, List<String> here, TableRef other, List<String> there) {
        out.append("<li>").append(Html.text(String.join(", ", here))).append(" → ").append(tableLink(other)).append(" (")
                .append(Html.text(String.join(", ", there))).append(") <span class=\"")
                .append(r.origin() == RelationshipOrigin.INFERRED ? "inf" : "dec").append("\">")
                .append(r.origin().name().toLowerCase(Locale.ROOT));
        if (r.origin() == RelationshipOrigin.INFERRED) {
            out.append(' ').append(Figures.percent(r.confidence()));
        }
        out.append("</span>");
        if (r.evidence() != null) {
            out.append(" <small>").append(Html.text(r.evidence())).append("</small>");
        }
        out.append("</li>");
    }

    private void keysAndIndexes(TableSchema schema) {
        if (schema == null || (schema.primaryKey() == null && schema.uniqueConstraints().isEmpty()
                && schema.foreignKeys().isEmpty() && schema.indexes().isEmpty())) {
            return;
        }
        out.append("<details class=\"keys\"><summary>Keys and indexes</summary><ul>");
        if (schema.primaryKey() != null) {
            item("Primary key", schema.primaryKey().name(), String.join(", ", schema.primaryKey().columns()));
        }
        for (UniqueConstraint unique : schema.uniqueConstraints()) {
            item("Unique", unique.name(), String.join(", ", unique.columns()));
        }
        for (ForeignKey fk : schema.foreignKeys()) {
            out.append("<li>Foreign key ").append(code(fk.name())).append(": ").append(Html.text(String.join(", ", fk.columns())))
                    .append(" → ").append(tableLink(fk.target())).append(" (")
                    .append(Html.text(String.join(", ", fk.targetColumns()))).append(")</li>");
        }
        for (IndexInfo index : schema.indexes()) {
            item(index.unique() ? "Unique index" : "Index", index.name(), String.join(", ", index.columns()));
            if (index.definition() != null) {
                out.setLength(out.length() - "</li>".length());
                out.append("<br><code>").append(Html.text(index.definition())).append("</code></li>");
            }
        }
        out.append("</ul></details>");
    }

    private void item(String label, String name, String columns) {
        out.append("<li>").append(label).append(' ').append(code(name)).append(": ").append(Html.text(columns)).append("</li>");
    }

    private void viewAndPartitions(TableSchema schema) {
        if (schema == null) {
            return;
        }
        if (!schema.partitions().isEmpty()) {
            out.append("<p class=\"meta\">Partitions: ");
            out.append(String.join(", ", schema.partitions().stream().map(HtmlTableSection::code).toList())).append("</p>");
        }
        if (schema.viewDefinition() != null) {
            out.append("<details class=\"view\"><summary>View definition</summary><pre>").append(Html.text(schema.viewDefinition()))
                    .append("</pre></details>");
        }
    }

    private void neighbourhood() {
        List<TableRef> neighbours = new ArrayList<>(relationships.neighbours(entry.table()));
        if (neighbours.isEmpty()) {
            return;
        }
        List<TableRef> shown = new ArrayList<>();
        shown.add(entry.table());
        shown.addAll(neighbours.subList(0, Math.min(neighbours.size(), MAX_NEIGHBOURS)));
        List<Relationship> links = new ArrayList<>(relationships.outgoing(entry.table()));
        links.addAll(relationships.incoming(entry.table()));
        out.append("<details class=\"hood\"><summary>Diagram of related tables");
        if (neighbours.size() > MAX_NEIGHBOURS) {
            out.append(" (").append(MAX_NEIGHBOURS).append(" of ").append(neighbours.size()).append(')');
        }
        out.append("</summary>").append(new ErDiagramSvg(boxes.boxes(shown), links.stream().distinct().toList())
                .render("Tables related to " + entry.table().key())).append("</details>");
    }

    private String tableLink(TableRef table) {
        return ids.contains(table) ? "<a href=\"#" + Html.attr(ids.of(table)) + "\">" + Html.text(table.key()) + "</a>"
                : Html.text(table.key());
    }

    private static String code(String text) {
        return text == null ? "" : "<code>" + Html.text(text) + "</code>";
    }
}
