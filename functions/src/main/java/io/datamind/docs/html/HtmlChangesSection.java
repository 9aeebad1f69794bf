package io.datamind.docs.html;

import io.datamind.drift.Change;
import io.datamind.drift.SchemaChanges;
import java.util.Locale;

/** "Changes" in the overview: what moved since the source's previous run; nothing at all when nothing did. */
final class HtmlChangesSection {

    private HtmlChangesSection() {
    }

    static void render(SchemaChanges changes, SectionIds ids, StringBuilder out) {
        if (changes == null || changes.changes().isEmpty()) {
            return;
        }
        out.append("<section id=\"changes\" class=\"changes\"><h2>Changes</h2><p class=\"meta\">")
                .append(changes.changes().size()).append(" changes since run <code>")
                .append(Html.text(changes.previousRunId() == null ? "unknown" : changes.previousRunId())).append("</code>")
                .append(changes.previousStartedAt() == null ? "" : " (" + Html.text(changes.previousStartedAt()) + ")")
                .append("</p><table class=\"cols\"><thead><tr><th>Table<th>Column<th>Change<th>Before<th>After<th>Details</thead><tbody>");
        for (Change change : changes.changes()) {
            out.append("<tr data-kind=\"").append(Html.attr(change.kind().name().toLowerCase(Locale.ROOT))).append("\"><td>")
                    .append(tableCell(change, ids)).append("<td>").append(Html.text(change.column()))
                    .append("<td>").append(Html.text(change.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append("<td>").append(code(change.before())).append("<td>").append(code(change.after()))
                    .append("<td>").append(Html.text(change.message())).append('\n');
        }
        out.append("</tbody></table></section>");
    }

    /** A removed table has no section to link to. */
    private static String tableCell(Change change, SectionIds ids) {
        String key = Html.text(change.table().key());
        return ids.contains(change.table()) ? "<a href=\"#" + Html.attr(ids.of(change.table())) + "\">" + key + "</a>" : key;
    }

    private static String code(String value) {
        return value == null ? "" : "<code>" + Html.text(value) + "</code>";
    }
}
