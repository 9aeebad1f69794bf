package io.datamind.docs.markdown;

import io.datamind.drift.Change;
import io.datamind.drift.SchemaChanges;
import java.util.Locale;

/** "Changes": what moved since the source's previous run; nothing at all when nothing did. */
final class MarkdownChangesSection {

    private MarkdownChangesSection() {
    }

    static void render(SchemaChanges changes, StringBuilder out) {
        if (changes == null || changes.changes().isEmpty()) {
            return;
        }
        out.append("## Changes\n\n").append(changes.changes().size()).append(" changes since run ")
                .append(Md.code(changes.previousRunId() == null ? "unknown" : changes.previousRunId()))
                .append(changes.previousStartedAt() == null ? "" : " (" + Md.text(changes.previousStartedAt()) + ")")
                .append(".\n\n");
        MarkdownTable table = new MarkdownTable("Table", "Column", "Change", "Before", "After", "Details");
        for (Change change : changes.changes()) {
            table.row(Md.cell(change.table().key()), Md.cell(change.column()), kind(change), Md.code(change.before()),
                    Md.code(change.after()), Md.cell(change.message()));
        }
        out.append(table.render()).append('\n');
    }

    static String kind(Change change) {
        return change.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
