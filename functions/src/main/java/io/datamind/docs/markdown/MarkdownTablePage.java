package io.datamind.docs.markdown;

import io.datamind.docs.ColumnFacts;
import io.datamind.docs.ColumnSummary;
import io.datamind.docs.Figures;
import io.datamind.docs.QualityTexts;
import io.datamind.docs.RelationshipIndex;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFileNames;
import io.datamind.docs.TableTexts;
import io.datamind.profile.TableProfile;
import io.datamind.relate.Relationship;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.UniqueConstraint;
import java.util.List;
import java.util.Locale;

/** tables/&lt;name&gt;.md: everything known about one table. Links are relative to the tables/ folder. */
final class MarkdownTablePage {

    private final TableEntry entry;
    private final TableFileNames names;
    private final RelationshipIndex relationships;

    MarkdownTablePage(TableEntry entry, TableFileNames names, RelationshipIndex relationships) {
        this.entry = entry;
        this.names = names;
        this.relationships = relationships;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Md.text(entry.table().key())).append("\n\n");
        out.append("[← All tables](../README.md)\n\n");
        failure(out);
        overview(out);
        List<ColumnFacts> columns = ColumnFacts.of(entry);
        columns(out, columns);
        constraints(out, entry.schema());
        relationships(out);
        new MarkdownQualitySection(out).render(entry);
        partitions(out, entry.schema());
        viewDefinition(out, entry.schema());
        new MarkdownColumnStatistics(out).render(columns, entry.profile() == null ? null : entry.profile().totals());
        return out.toString();
    }

    private void failure(StringBuilder out) {
        if (entry.failure() != null) {
            out.append("> **Failed** during ").append(Md.text(entry.failure().step())).append(": ")
                    .append(Md.text(TableTexts.failure(entry.failure())).replace("\n", "\n> ")).append("\n\n");
        }
    }

    private void overview(StringBuilder out) {
        String description = TableTexts.description(entry);
        if (!description.isEmpty()) {
            out.append(Md.text(description).replace("\n", "  \n"));
            if (entry.description() != null && entry.description().description() != null) {
                out.append(" *(source: ").append(entry.description().description().source().name().toLowerCase(Locale.ROOT)).append(")*");
            }
            out.append("\n\n");
        }
        TableSchema schema = entry.schema();
        if (schema != null) {
            out.append("**Kind:** ").append(TableTexts.kind(entry));
            RowCount rows = TableTexts.rowCount(entry);
            if (rows != null) {
                out.append(" · **Rows:** ").append(Figures.rowCount(rows)).append(rows.exact() ? " (exact)" : " (estimated)");
            }
            out.append(" · **Columns:** ").append(schema.columns().size()).append("  \n");
        }
        TableProfile profile = entry.profile();
        if (profile != null) {
            out.append("**Profiled:** ").append(Figures.count(profile.rowsProfiled())).append(" rows")
                    .append(profile.sampled() ? " (sample)" : "")
                    .append(profile.method() == null ? "" : " by " + Md.code(profile.method()))
                    .append(" in ").append(Figures.seconds(profile.durationMs()));
            String totals = TableTexts.totals(profile);
            if (!totals.isEmpty()) {
                out.append("; ").append(totals);
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void columns(StringBuilder out, List<ColumnFacts> columns) {
        if (columns.isEmpty()) {
            return;
        }
        MarkdownTable table = new MarkdownTable("#", "Column", "Type", "Nullable", "Key", "Semantic type", "PII",
                "Description", "Statistics").alignRight(0);
        int position = 1;
        for (ColumnFacts column : columns) {
            table.row(column.schema() == null ? String.valueOf(position) : String.valueOf(column.schema().ordinal()),
                    "**" + Md.cell(column.name()) + "**", Md.code(column.type()),
                    column.schema() == null ? "" : column.schema().nullable() ? "yes" : "no",
                    String.join(", ", column.keys()),
                    Md.cell(QualityTexts.semanticType(column.profile())), Md.cell(QualityTexts.pii(column.profile())),
                    Md.cell(column.description() == null ? "" : column.description().text()),
                    Md.cell(ColumnSummary.of(column.profile())));
            position++;
        }
        out.append("## Columns\n\n").append(table.render()).append('\n');
    }

    private void constraints(StringBuilder out, TableSchema schema) {
        if (schema == null) {
            return;
        }
        StringBuilder keys = new StringBuilder();
        if (schema.primaryKey() != null) {
            keys.append("- Primary key").append(named(schema.primaryKey().name())).append(": ")
                    .append(columnList(schema.primaryKey().columns())).append('\n');
        }
        for (UniqueConstraint unique : schema.uniqueConstraints()) {
            keys.append("- Unique").append(named(unique.name())).append(": ").append(columnList(unique.columns())).append('\n');
        }
        if (keys.length() > 0) {
            out.append("## Keys\n\n").append(keys).append('\n');
        }
        if (!schema.foreignKeys().isEmpty()) {
            MarkdownTable table = new MarkdownTable("Name", "Columns", "References", "Target columns");
            for (ForeignKey fk : schema.foreignKeys()) {
                table.row(Md.cell(fk.name()), Md.cell(String.join(", ", fk.columns())), tableLink(fk.target()),
                        Md.cell(String.join(", ", fk.targetColumns())));
            }
            out.append("## Foreign keys\n\n").append(table.render()).append('\n');
        }
        if (!schema.indexes().isEmpty()) {
            MarkdownTable table = new MarkdownTable("Name", "Columns", "Unique", "Definition");
            for (IndexInfo index : schema.indexes()) {
                table.row(Md.cell(index.name()), Md.cell(String.join(", ", index.columns())), index.unique() ? "yes" : "no",
                        Md.code(index.definition()));
            }
            out.append("## Indexes\n\n").append(table.render()).append('\n');
        }
    }

    private void relationships(StringBuilder out) {
        List<Relationship> outgoing = relationships.outgoing(entry.table());
        List<Relationship> incoming = relationships.incoming(entry.table());
        if (outgoing.isEmpty() && incoming.isEmpty()) {
            return;
        }
        out.append("## Relationships\n\n");
        if (!outgoing.isEmpty()) {
            MarkdownTable table = new MarkdownTable("Columns", "References", "Target columns", "Origin", "Confidence", "Evidence");
            outgoing.forEach(r -> table.row(Md.cell(String.join(", ", r.fromColumns())), tableLink(r.to()),
                    Md.cell(String.join(", ", r.toColumns())), origin(r), Figures.percent(r.confidence()), Md.cell(r.evidence())));
            out.append("### References (outgoing)\n\n").append(table.render()).append('\n');
        }
        if (!incoming.isEmpty()) {
            MarkdownTable table = new MarkdownTable("Referenced by", "Their columns", "Columns here", "Origin", "Confidence", "Evidence");
            incoming.forEach(r -> table.row(tableLink(r.from()), Md.cell(String.join(", ", r.fromColumns())),
                    Md.cell(String.join(", ", r.toColumns())), origin(r), Figures.percent(r.confidence()), Md.cell(r.evidence())));
            out.append("### Referenced by (incoming)\n\n").append(table.render()).append('\n');
        }
    }

    private static void partitions(StringBuilder out, TableSchema schema) {
        if (schema == null || schema.partitions().isEmpty()) {
            return;
        }
        out.append("## Partitions\n\n");
        schema.partitions().forEach(p -> out.append("- ").append(Md.text(p)).append('\n'));
        out.append('\n');
    }

    private static void viewDefinition(StringBuilder out, TableSchema schema) {
        if (schema == null || schema.viewDefinition() == null) {
            return;
        }
        out.append("## View definition\n\n").append(Md.codeBlock("sql", schema.viewDefinition())).append('\n');
    }

    private String tableLink(TableRef table) {
        String label = Md.cell(table.key());
        return names.contains(table) ? "[" + label + "](" + names.nameOf(table) + ".md)" : label;
    }

    private static String origin(Relationship relationship) {
        return relationship.origin().name().toLowerCase(Locale.ROOT);
    }

    private static String named(String name) {
        return name == null ? "" : " " + Md.code(name);
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Md::text).toList());
    }
}
