package io.datamind.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Quality of a whole source: the mean of its tables' scores, each dimension the mean over the tables it applies to.
 *
 * @param tables             table scores by table key ("schema.table")
 * @param findingsBySeverity how many findings of each severity the tables hold
 */
public record DatabaseQuality(QualityScore score, Map<String, QualityScore> tables, Map<Severity, Long> findingsBySeverity) {

    public DatabaseQuality {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        EnumMap<Severity, Long> counts = new EnumMap<>(Severity.class);
        counts.putAll(findingsBySeverity);
        findingsBySeverity = Collections.unmodifiableMap(counts);
    }

    public static DatabaseQuality aggregate(List<TableQuality> tables) {
        Map<String, QualityScore> scores = new TreeMap<>();
        Map<Dimension, List<Double>> perDimension = new EnumMap<>(Dimension.class);
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        double sum = 0;
        for (TableQuality table : tables) {
            scores.put(table.table().key(), table.score());
            sum += table.score().score();
            table.score().dimensions().forEach((d, s) -> perDimension.computeIfAbsent(d, k -> new ArrayList<>()).add(s));
            table.findings().forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        }
        Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
        perDimension.forEach((d, list) -> dimensions.put(d,
                QualityScore.round(list.stream().mapToDouble(Double::doubleValue).average().orElse(100.0))));
        double overall = tables.isEmpty() ? 100.0 : QualityScore.round(sum / tables.size());
        return new DatabaseQuality(new QualityScore(overall, dimensions), scores, counts);
    }
}
