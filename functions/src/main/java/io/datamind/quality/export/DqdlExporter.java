package io.datamind.quality.export;

import io.datamind.quality.Texts;
import io.datamind.quality.suggest.SuggestedRule;
import io.datamind.scan.TableRef;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes suggested rules as AWS Glue Data Quality DQDL. A DQDL ruleset belongs to one dataset (one Glue table), so
 * {@link #ruleset} renders one table's {@code Rules = [ ... ]} document, and {@link #rulesFile} puts every table's
 * ruleset in one {@code rules.dqdl}, each under a {@code # ruleset: schema.table} comment line, to be split on those
 * lines when the rulesets are created. ReferentialIntegrity names the referenced dataset by its table name, which is
 * the alias to give that table as an additional data source in Glue.
 */
public final class DqdlExporter {

    public static final String SECTION_PREFIX = "# ruleset: ";

    /** One valid DQDL document for one table. */
    public String ruleset(List<SuggestedRule> rules) {
        String body = rules.stream().map(r -> "    " + line(r)).collect(Collectors.joining(",\n"));
        return "Rules = [\n" + body + "\n]\n";
    }

    /** Every table's ruleset in one file, sections in table order. */
    public String rulesFile(Map<TableRef, List<SuggestedRule>> rulesByTable) {
        StringBuilder file = new StringBuilder("# DataMind suggested data-quality rules (AWS Glue Data Quality DQDL).\n"
                + "# One ruleset per table: create each section below as the ruleset of that table.\n");
        new TreeMap<>(rulesByTable).forEach((table, rules) -> {
            if (!rules.isEmpty()) {
                file.append('\n').append(SECTION_PREFIX).append(table.key()).append('\n').append(ruleset(rules));
            }
        });
        return file.toString();
    }

    /** One DQDL rule. */
    public String line(SuggestedRule rule) {
        return switch (rule.kind()) {
            case NON_EMPTY_TABLE -> "RowCount > 0";
            case COMPLETE -> "IsComplete " + quote(rule.column());
            case UNIQUE -> "IsUnique " + quote(rule.column());
            case VALUE_RANGE -> "ColumnValues " + quote(rule.column()) + " between " + Texts.number(rule.min())
                    + " and " + Texts.number(rule.max());
            case ALLOWED_VALUES -> "ColumnValues " + quote(rule.column()) + " in ["
                    + rule.allowedValues().stream().map(DqdlExporter::quote).collect(Collectors.joining(",")) + "]";
            case PATTERN -> "ColumnValues " + quote(rule.column()) + " matches " + quote(rule.pattern());
            case LENGTH_BOUNDS -> "ColumnLength " + quote(rule.column()) + " between " + Texts.number(rule.min())
                    + " and " + Texts.number(rule.max());
            case FOREIGN_KEY -> "ReferentialIntegrity " + quote(rule.column()) + " "
                    + quote(rule.referencedTable().name() + "." + rule.referencedColumn()) + " = 1.0";
        };
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
