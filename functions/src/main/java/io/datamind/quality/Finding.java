package io.datamind.quality;

import io.datamind.scan.TableRef;
import java.util.List;

/**
 * One data-quality problem (or noteworthy fact) found in a table.
 *
 * @param dimension     the score dimension this finding lowers; null for findings that are reported but
 *                      never scored (stale table, empty table)
 * @param column        null for table-level findings (duplicate rows, stale table)
 * @param affectedCount rows (or values) affected; estimated from the profile when the rule says so in its message
 * @param affectedRatio affectedCount over the rule's basis (rows, non-null values, or child rows with a key)
 * @param examples      a few offending values, already masked
 * @param reproduceSql  the exact SQL that counts the affected rows, or a sentence stating the logic when
 *                      the figure comes from the profile and no single statement reproduces it
 */
public record Finding(
        String ruleId,
        Severity severity,
        Dimension dimension,
        TableRef table,
        String column,
        long affectedCount,
        double affectedRatio,
        List<String> examples,
        String reproduceSql,
        String message) {

    public Finding {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** True when the finding lowers its dimension's score. */
    public boolean scored() {
        return dimension != null && severity != Severity.INFO;
    }
}
