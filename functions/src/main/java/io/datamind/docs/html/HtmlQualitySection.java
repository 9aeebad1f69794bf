package io.datamind.docs.html;

import io.datamind.docs.QualityTexts;
import io.datamind.docs.TableEntry;
import io.datamind.quality.Finding;
import io.datamind.quality.TableQuality;
import java.util.Locale;

/** A table's quality score and findings; each finding's reproducing SQL is folded in a details element. */
final class HtmlQualitySection {

    private final StringBuilder out;

    HtmlQualitySection(StringBuilder out) {
        this.out = out;
    }

    void render(TableEntry entry) {
        TableQuality quality = entry.quality();
        if (quality == null) {
            return;
        }
        out.append("<div class=\"quality\"><h3>Data quality <b class=\"score\">").append(QualityTexts.score(quality.score()))
                .append("</b> / 100</h3><p class=\"meta\">").append(Html.text(QualityTexts.dimensions(quality.score())))
                .append("</p>");
        if (quality.findings().isEmpty()) {
            out.append("<p class=\"meta\">No findings.</p>");
        } else {
            out.append("<table class=\"cols findings\"><thead><tr><th>Severity<th>Rule<th>Column<th>Affected<th>Finding")
                    .append("<th>Examples</thead><tbody>");
            quality.findings().forEach(this::finding);
            out.append("</tbody></table>");
        }
        if (!quality.skippedRules().isEmpty()) {
            out.append("<p class=\"meta\">Not run: ");
            quality.skippedRules().forEach((rule, reason) -> out.append("<code>").append(Html.text(rule)).append("</code> (")
                    .append(Html.text(reason)).append(") "));
            out.append("</p>");
        }
        out.append("</div>");
    }

    private void finding(Finding finding) {
        String severity = finding.severity().name().toLowerCase(Locale.ROOT);
        out.append("<tr class=\"").append(severity).append("\"><td><span class=\"sev ").append(severity).append("\">")
                .append(severity).append("</span><td><code>").append(Html.text(finding.ruleId())).append("</code><td>")
                .append(Html.text(finding.column())).append("<td class=\"num\">").append(Html.text(QualityTexts.affected(finding)))
                .append("<td>").append(Html.text(finding.message()));
        out.append("<details class=\"sql\"><summary>").append(QualityTexts.hasSql(finding) ? "SQL" : "How it was counted")
                .append("</summary><pre>").append(Html.text(finding.reproduceSql())).append("</pre></details>");
        out.append("<td>");
        for (String example : finding.examples()) {
            out.append("<code>").append(Html.text(example)).append("</code> ");
        }
        out.append('\n');
    }
}
