package io.datamind.quality.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.datamind.quality.suggest.SuggestedRule;
import io.datamind.scan.ColumnSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dbt {@code schema.yml} (version 2): one model per table with its description, and per column its
 * description and the generic tests dbt ships with: not_null, unique, accepted_values and relationships
 * (to: ref('parent'), field). Range, pattern and length rules have no built-in dbt test and are left to the DQDL
 * export. Models are named after their table, as dbt sources usually are.
 */
public final class DbtSchemaExporter {

    private final YAMLMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build())
            .build();

    public String render(List<DbtModel> models) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", 2);
        document.put("models", models.stream().map(this::model).toList());
        try {
            return yaml.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> model(DbtModel model) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", model.schema().table().name());
        node.put("description", model.description());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ColumnSchema column : model.schema().columns()) {
            Map<String, Object> columnNode = new LinkedHashMap<>();
            columnNode.put("name", column.name());
            columnNode.put("description", model.columnDescriptions().getOrDefault(column.name(), ""));
            List<Object> tests = tests(model.rules(), column.name());
            if (!tests.isEmpty()) {
                columnNode.put("tests", tests);
            }
            columns.add(columnNode);
        }
        node.put("columns", columns);
        return node;
    }

    private static List<Object> tests(List<SuggestedRule> rules, String column) {
        List<Object> tests = new ArrayList<>();
        for (SuggestedRule rule : rules) {
            if (!column.equals(rule.column())) {
                continue;
            }
            switch (rule.kind()) {
                case COMPLETE -> tests.add("not_null");
                case UNIQUE -> tests.add("unique");
                case ALLOWED_VALUES -> tests.add(Map.of("accepted_values", Map.of("values", rule.allowedValues())));
                case FOREIGN_KEY -> {
                    Map<String, Object> relationship = new LinkedHashMap<>();
                    relationship.put("to", "ref('" + rule.referencedTable().name() + "')");
                    relationship.put("field", rule.referencedColumn());
                    tests.add(Map.of("relationships", relationship));
                }
                default -> {
                    // no built-in dbt test for ranges, patterns or lengths
                }
            }
        }
        return tests;
    }
}
