package io.datamind.docs.markdown;

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
import io.datamind.relate.Relationship;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** README.md: what was documented, how the run went, every table, and the diagram. */
final class MarkdownIndexPage {

    private final DataDictionary dictionary;
    private final TableFileNames names;
    private final RelationshipIndex relationships;

    MarkdownIndexPage(DataDictionary dictionary, TableFileNames names, RelationshipIndex relationships) {
        this.dictionary = dictionary;
        this.names = names;
        this.relationships = relationships;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        SourceInfo source = dictionary.source();
        out.append("# Data dictionary: ").append(Md.text(source == null ? "unknown source" : firstNonNull(source.name(), source.kind())))
                .append("\n\n");
        source(out, source);
        run(out, dictionary.run());
        quality(out);
        MarkdownChangesSection.render(dictionary.changes(), out);
        tables(out);
        failures(out);
        relationshipTable(out);
        diagram(out);
        return out.toString();
    }

    private void source(StringBuilder out, SourceInfo source) {
        if (source == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(Md.text(source.kind()));
        if (source.product() != null) {
            parts.add(Md.text(source.product()));
        }
        if (source.location() != null) {
            parts.add(Md.code(source.location()));
        }
        out.append("**Source:** ").append(String.join(" · ", parts)).append("  \n");
    }

    private void run(StringBuilder out, RunInfo run) {
        if (run == null) {
            out.append('\n');
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(run.status() == null ? "unknown" : run.status().name().toLowerCase(Locale.ROOT));
        parts.add(run.tablesTotal() + " tables, " + run.tablesFailed() + " failed");
        if (run.startedAt() != null) {
            parts.add("started " + Md.text(run.startedAt()));
        }
        parts.add("took " + Figures.seconds(run.durationMs()));
        if (run.profileMode() != null) {
            parts.add("profile mode " + Md.text(run.profileMode()));
        }
        if (run.describer() != null) {
            parts.add("descriptions by " + Md.text(run.describer()));
        }
        out.append("**Run:** ").append(String.join(" · ", parts));
        if (run.runId() != null) {
            out.append(" · run ").append(Md.code(run.runId()));
        }
        out.append("\n\n");
    }

    private void quality(StringBuilder out) {
        DatabaseQuality quality = dictionary.quality();
        if (quality == null) {
            return;
        }
        out.append("**Data quality:** ").append(QualityTexts.score(quality.score())).append(" / 100 (")
                .append(QualityTexts.dimensions(quality.score())).append(") · ")
                .append(QualityTexts.findingCounts(quality)).append("\n\n");
    }

    private void tables(StringBuilder out) {
        MarkdownTable table = new MarkdownTable("Table", "Kind", "Rows", "Columns", "Quality", "Description").alignRight(2, 3, 4);
        for (TableEntry entry : dictionary.tables()) {
            TableSchema schema = entry.schema();
            String summary = entry.failure() != null ? "**failed**: " + Md.cell(Md.shortText(entry.failure().message(), 120))
                    : Md.cell(Md.shortText(TableTexts.description(entry), 120));
            table.row(tableLink(entry.table()), TableTexts.kind(entry),
                    schema == null ? "" : Figures.rowCount(TableTexts.rowCount(entry)),
                    schema == null ? "" : String.valueOf(schema.columns().size()),
                    entry.quality() == null ? "" : QualityTexts.score(entry.quality().score()), summary);
        }
        out.append("## Tables\n\n").append(table.render()).append('\n');
    }

    private void failures(StringBuilder out) {
        MarkdownTable table = new MarkdownTable("Table", "Step", "Error");
        dictionary.tables().stream().filter(e -> e.failure() != null).forEach(e -> table.row(tableLink(e.table()),
                Md.cell(e.failure().step()), Md.cell(TableTexts.failure(e.failure()))));
        if (!table.isEmpty()) {
            out.append("## Failed tables\n\n").append(table.render()).append('\n');
        }
    }

    private void relationshipTable(StringBuilder out) {
        MarkdownTable table = new MarkdownTable("From", "Columns", "To", "Columns", "Origin", "Confidence");
        for (Relationship r : dictionary.relationships()) {
            table.row(tableLink(r.from()), Md.cell(String.join(", ", r.fromColumns())), tableLink(r.to()),
                    Md.cell(String.join(", ", r.toColumns())), r.origin().name().toLowerCase(Locale.ROOT),
                    Figures.percent(r.confidence()));
        }
        if (!table.isEmpty()) {
            out.append("## Relationships\n\n").append(table.render()).append('\n');
        }
    }

    private void diagram(StringBuilder out) {
        MermaidDiagram diagram = new MermaidDiagram(dictionary, relationships);
        List<TableRef> shown = diagram.shownTables();
        out.append("## Entity-relationship diagram\n\n");
        if (shown.size() < dictionary.tables().size()) {
            out.append("Showing the ").append(shown.size()).append(" most connected of ").append(dictionary.tables().size())
                    .append(" tables; every table's page lists all its relationships.\n\n");
        }
        out.append("Solid lines are declared foreign keys, dotted lines inferred relationships.\n\n");
        out.append(Md.codeBlock("mermaid", diagram.render()));
    }

    private String tableLink(TableRef table) {
        String label = Md.cell(table.key());
        return names.contains(table) ? "[" + label + "](tables/" + names.nameOf(table) + ".md)" : label;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
