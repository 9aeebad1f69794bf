package io.datamind.api;

import io.datamind.docs.html.HtmlRenderer;
import io.datamind.docs.json.JsonRenderer;
import io.datamind.docs.markdown.MarkdownRenderer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The documents a run publishes under {@code <sourceId>/<runId>/} that the API links to. The Markdown index links
 * to per-table pages beside it, so the bundle is the way to get all of the Markdown at once.
 */
public enum DocumentFormat {
    HTML(HtmlRenderer.PAGE),
    MD(MarkdownRenderer.INDEX),
    JSON(JsonRenderer.DOCUMENT),
    /** Every file of the run, zipped by the publisher (S3DocumentSink.BUNDLE_NAME). */
    ZIP("bundle.zip");

    private final String fileName;

    DocumentFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The value of the {@code format} query parameter. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentFormat> fromParameter(String value) {
        return Arrays.stream(values()).filter(format -> format.parameter().equals(value)).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(DocumentFormat::parameter).collect(Collectors.joining(", "));
    }
}
