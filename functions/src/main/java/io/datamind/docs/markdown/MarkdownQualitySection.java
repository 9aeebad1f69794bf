package io.datamind.docs.markdown;

import io.datamind.docs.QualityTexts;
import io.datamind.docs.TableEntry;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityScore;
import io.datamind.quality.TableQuality;
import io.datamind.quality.suggest.SuggestedRule;
import java.util.List;
import java.util.Map;

/** The "Data quality" section of a table page: scores, findings with their SQL folded away, suggested rules. */
final class MarkdownQualitySection {

    private final StringBuilder out;

    MarkdownQualitySection(StringBuilder out) {
        this.out = out;
    }

    void render(TableEntry entry) {
        TableQuality quality = entry.quality();
        if (quality == null) {
            return;
        }
        out.append("## Data quality\n\n");
        out.append("**Score:** ").append(QualityTexts.score(quality.score())).append(" / 100 (")
                .append(QualityTexts.dimensions(quality.score())).append(")\n\n");
        columnScores(quality.columns());
        findings(quality.findings());
        skipped(quality.skippedRules());
        suggestions(entry.suggestedRules());
    }

    private void columnScores(Map<String, QualityScore> columns) {
        MarkdownTable table = new MarkdownTable("Column", "Score", "Dimensions").alignRight(1);
        columns.forEach((column, score) -> table.row(Md.cell(column), QualityTexts.score(score),
                Md.cell(QualityTexts.dimensions(score))));
        if (!table.isEmpty()) {
            out.append("<details><summary>Column scores</summary>\n\n").append(table.render()).append("\n</details>\n\n");
        }
    }

    private void findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            out.append("No findings.\n\n");
            return;
        }
        MarkdownTable table = new MarkdownTable("Severity", "Rule", "Column", "Affected", "Finding", "Examples").alignRight(3);
        for (Finding finding : findings) {
            table.row(QualityTexts.lowerCase(finding.severity()), Md.code(finding.ruleId()), Md.cell(finding.column()),
                    QualityTexts.affected(finding), Md.cell(finding.message()),
                    String.join(", ", finding.examples().stream().map(Md::code).toList()));
        }
        out.append("### Findings\n\n").append(table.render()).append('\n');
        out.append("<details><summary>How to reproduce each finding</summary>\n\n");
        for (Finding finding : findings) {
            out.append("**").append(Md.text(finding.ruleId())).append("**")
                    .append(finding.column() == null ? "" : " on " + Md.code(finding.column())).append(":\n\n");
            if (QualityTexts.hasSql(finding)) {
                out.append(Md.codeBlock("sql", finding.reproduceSql())).append('\n');
            } else {
                out.append(Md.text(finding.reproduceSql())).append("\n\n");
            }
        }
        out.append("</details>\n\n");
    }

    private void skipped(Map<String, String> skippedRules) {
        if (skippedRules.isEmpty()) {
            return;
        }
        out.append("Rules that could not run:\n\n");
        skippedRules.forEach((rule, reason) -> out.append("- ").append(Md.code(rule)).append(": ").append(Md.text(reason)).append('\n'));
        out.append('\n');
    }

    private void suggestions(List<SuggestedRule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        MarkdownTable table = new MarkdownTable("Rule", "Column", "Why");
        for (SuggestedRule rule : rules) {
            table.row(QualityTexts.lowerCase(rule.kind()), Md.cell(rule.column()), Md.cell(rule.rationale()));
        }
        out.append("<details><summary>Suggested rules (exported to rules.dqdl and dbt/schema.yml)</summary>\n\n")
                .append(table.render()).append("\n</details>\n\n");
    }
}
