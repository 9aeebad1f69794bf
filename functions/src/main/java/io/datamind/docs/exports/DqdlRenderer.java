package io.datamind.docs.exports;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DocumentSink;
import io.datamind.docs.OutputFormat;
import io.datamind.docs.Renderer;
import io.datamind.docs.TableEntry;
import io.datamind.quality.export.DqdlExporter;
import io.datamind.quality.suggest.SuggestedRule;
import io.datamind.scan.TableRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** rules.dqdl: every table's suggested rules as an AWS Glue Data Quality ruleset, one section per table. */
public final class DqdlRenderer implements Renderer {

    public static final String FILE = "rules.dqdl";

    private final DqdlExporter exporter = new DqdlExporter();

    @Override
    public OutputFormat format() {
        return OutputFormat.DQDL;
    }

    @Override
    public void render(DataDictionary dictionary, DocumentSink sink) throws IOException {
        Map<TableRef, List<SuggestedRule>> rules = new LinkedHashMap<>();
        for (TableEntry entry : dictionary.tables()) {
            rules.put(entry.table(), entry.suggestedRules());
        }
        sink.put(FILE, exporter.rulesFile(rules).getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }
}
