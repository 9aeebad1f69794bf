package io.datamind.docs.html;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DocumentSink;
import io.datamind.docs.OutputFormat;
import io.datamind.docs.Renderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** index.html: one self-contained page (no external scripts, styles or fonts) with search, statistics and diagrams. */
public final class HtmlRenderer implements Renderer {

    public static final String PAGE = "index.html";

    @Override
    public OutputFormat format() {
        return OutputFormat.HTML;
    }

    @Override
    public void render(DataDictionary dictionary, DocumentSink sink) throws IOException {
        sink.put(PAGE, page(dictionary).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    public String page(DataDictionary dictionary) {
        return new HtmlPage(dictionary).render();
    }
}
