package io.datamind.docs.markdown;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DocumentSink;
import io.datamind.docs.OutputFormat;
import io.datamind.docs.RelationshipIndex;
import io.datamind.docs.Renderer;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFileNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** README.md as the index and one page per table under tables/, failed tables included. */
public final class MarkdownRenderer implements Renderer {

    public static final String INDEX = "README.md";
    private static final String CONTENT_TYPE = "text/markdown; charset=utf-8";

    @Override
    public OutputFormat format() {
        return OutputFormat.MD;
    }

    @Override
    public void render(DataDictionary dictionary, DocumentSink sink) throws IOException {
        TableFileNames names = TableFileNames.of(dictionary);
        RelationshipIndex relationships = new RelationshipIndex(dictionary.relationships());
        sink.put(INDEX, utf8(new MarkdownIndexPage(dictionary, names, relationships).render()), CONTENT_TYPE);
        for (TableEntry entry : dictionary.tables()) {
            String page = new MarkdownTablePage(entry, names, relationships).render();
            sink.put(tablePath(names, entry), utf8(page), CONTENT_TYPE);
        }
    }

    /** Where a table's page lives, relative to README.md. */
    public static String tablePath(TableFileNames names, TableEntry entry) {
        return "tables/" + names.nameOf(entry.table()) + ".md";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
