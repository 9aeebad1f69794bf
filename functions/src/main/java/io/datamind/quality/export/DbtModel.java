package io.datamind.quality.export;

import io.datamind.quality.suggest.SuggestedRule;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dbt model to document: the table, its description and its columns' (from the describe step, or the catalog
 * comments), and the suggested rules that become its tests.
 */
public record DbtModel(TableSchema schema, String description, Map<String, String> columnDescriptions,
                       List<SuggestedRule> rules) {

    public DbtModel {
        columnDescriptions = Map.copyOf(columnDescriptions);
        rules = List.copyOf(rules);
    }

    /** Descriptions from the catalog's comments (empty where there is none). */
    public static DbtModel fromCatalog(TableSchema schema, List<SuggestedRule> rules) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (ColumnSchema column : schema.columns()) {
            columns.put(column.name(), column.comment() == null ? "" : column.comment());
        }
        return new DbtModel(schema, schema.comment() == null ? "" : schema.comment(), columns, rules);
    }
}
