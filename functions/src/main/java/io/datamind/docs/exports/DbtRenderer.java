package io.datamind.docs.exports;

import io.datamind.describe.ColumnDescription;
import io.datamind.describe.TableDescription;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.DocumentSink;
import io.datamind.docs.OutputFormat;
import io.datamind.docs.Renderer;
import io.datamind.docs.TableEntry;
import io.datamind.quality.export.DbtModel;
import io.datamind.quality.export.DbtSchemaExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dbt/schema.yml: one model per documented table with the descriptions DataMind wrote (or the database's
 * comments) and the suggested rules dbt can test, so dbt users get documentation and tests in one file.
 */
public final class DbtRenderer implements Renderer {

    public static final String FILE = "dbt/schema.yml";

    private final DbtSchemaExporter exporter = new DbtSchemaExporter();

    @Override
    public OutputFormat format() {
        return OutputFormat.DBT;
    }

    @Override
    public void render(DataDictionary dictionary, DocumentSink sink) throws IOException {
        List<DbtModel> models = dictionary.tables().stream().filter(e -> e.schema() != null).map(DbtRenderer::model).toList();
        sink.put(FILE, exporter.render(models).getBytes(StandardCharsets.UTF_8), "application/yaml");
    }

    private static DbtModel model(TableEntry entry) {
        DbtModel catalog = DbtModel.fromCatalog(entry.schema(), entry.suggestedRules());
        TableDescription described = entry.description();
        if (described == null) {
            return catalog;
        }
        Map<String, String> columns = new LinkedHashMap<>(catalog.columnDescriptions());
        for (ColumnDescription column : described.columns()) {
            if (column.description() != null && column.description().text() != null && columns.containsKey(column.column())) {
                columns.put(column.column(), column.description().text());
            }
        }
        String table = described.description() == null || described.description().text() == null
                ? catalog.description() : described.description().text();
        return new DbtModel(entry.schema(), table, columns, entry.suggestedRules());
    }
}
