package io.datamind.quality;

import io.datamind.scan.TableRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/**
 * Quality of one table: its score, a score per column (in column order) and every finding behind them.
 *
 * @param skippedRules rule ids that could not run, with the reason (no database connection, query failed…)
 */
public record TableQuality(
        TableRef table,
        QualityScore score,
        Map<String, QualityScore> columns,
        List<Finding> findings,
        Map<String, String> skippedRules) {

    public TableQuality {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        findings = List.copyOf(findings);
        skippedRules = Collections.unmodifiableMap(new LinkedHashMap<>(skippedRules));
    }

    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
