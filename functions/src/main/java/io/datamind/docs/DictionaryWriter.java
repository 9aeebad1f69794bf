package io.datamind.docs;

import io.datamind.docs.exports.DbtRenderer;
import io.datamind.docs.exports.DqdlRenderer;
import io.datamind.docs.html.HtmlRenderer;
import io.datamind.docs.json.JsonRenderer;
import io.datamind.docs.markdown.MarkdownRenderer;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Renders exactly the requested formats; each renderer works from the model, none reads another's files. */
public final class DictionaryWriter {

    private final Map<OutputFormat, Renderer> renderers = new EnumMap<>(OutputFormat.class);

    public DictionaryWriter(List<Renderer> renderers) {
        for (Renderer renderer : renderers) {
            if (this.renderers.put(renderer.format(), renderer) != null) {
                throw new IllegalArgumentException("two renderers for " + renderer.format());
            }
        }
    }

    public static DictionaryWriter standard() {
        return new DictionaryWriter(List.of(new JsonRenderer(), new MarkdownRenderer(), new HtmlRenderer(),
                new DqdlRenderer(), new DbtRenderer()));
    }

    public void write(DataDictionary dictionary, Set<OutputFormat> formats, DocumentSink sink) throws IOException {
        for (OutputFormat format : OutputFormat.values()) {
            if (formats.contains(format)) {
                rendererFor(format).render(dictionary, sink);
            }
        }
    }

    private Renderer rendererFor(OutputFormat format) {
        Renderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new IllegalArgumentException("no renderer for format " + format.name().toLowerCase(Locale.ROOT));
        }
        return renderer;
    }
}
