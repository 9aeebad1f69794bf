package io.datamind.quality;

import io.datamind.relate.Relationship;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a table's findings into column and table scores (formula in the package documentation). */
public final class QualityScorer {

    /** Scores of one table: the table's and one per column, in column order. */
    public record Scores(QualityScore table, Map<String, QualityScore> columns) {
    }

    /**
     * @param tableLevelUniquenessChecked true when a table-level uniqueness check (duplicate rows) ran, which
     *                                    makes UNIQUENESS apply to the table even without key columns
     */
    public Scores score(TableSchema schema, List<Relationship> relationships, List<Finding> findings,
                        boolean tableLevelUniquenessChecked) {
        Map<String, QualityScore> columns = new LinkedHashMap<>();
        Map<Dimension, List<Double>> perDimension = new EnumMap<>(Dimension.class);
        for (ColumnSchema column : schema.columns()) {
            Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
            for (Dimension dimension : applicable(schema, relationships, column.name())) {
                double score = 100.0 * survival(findings, dimension, column.name());
                dimensions.put(dimension, QualityScore.round(score));
                perDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add(score);
            }
            columns.put(column.name(), QualityScore.of(dimensions));
        }
        if (tableLevelUniquenessChecked) {
            perDimension.computeIfAbsent(Dimension.UNIQUENESS, d -> new ArrayList<>());
        }
        Map<Dimension, Double> table = new EnumMap<>(Dimension.class);
        perDimension.forEach((dimension, scores) -> {
            double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(100.0);
            table.put(dimension, QualityScore.round(mean * survival(findings, dimension, null)));
        });
        return new Scores(QualityScore.of(table), columns);
    }

    /** Completeness and validity apply to every column; uniqueness to key columns; integrity to references. */
    static Set<Dimension> applicable(TableSchema schema, List<Relationship> relationships, String column) {
        Set<Dimension> dimensions = java.util.EnumSet.of(Dimension.COMPLETENESS, Dimension.VALIDITY);
        if (KeyColumns.expectedUnique(schema, column)) {
            dimensions.add(Dimension.UNIQUENESS);
        }
        if (KeyColumns.referencing(schema, relationships, column)) {
            dimensions.add(Dimension.INTEGRITY);
        }
        return dimensions;
    }

    /**
     * Product of (1 − affected ratio) over the scored findings of one dimension on one column (or, with a null
     * column, on the table itself). A multi-column finding ("a, b") counts for each of its columns.
     */
    static double survival(List<Finding> findings, Dimension dimension, String column) {
        double survival = 1.0;
        for (Finding finding : findings) {
            if (finding.scored() && finding.dimension() == dimension && concerns(finding, column)) {
                survival *= 1.0 - Math.max(0.0, Math.min(1.0, finding.affectedRatio()));
            }
        }
        return survival;
    }

    private static boolean concerns(Finding finding, String column) {
        if (column == null || finding.column() == null) {
            return column == null && finding.column() == null;
        }
        return finding.column().equals(column) || Arrays.asList(finding.column().split(", ")).contains(column);
    }
}
