package io.datamind.api;

import io.datamind.docs.RunInfo;
import java.util.Map;

/**
 * The body of {@code GET /sources/{id}/latest}: the last published run and links to its documents.
 *
 * @param source        the documented database's name, kind and product (never its location or credentials)
 * @param documentation one presigned link per format, to the run's own copy (stable while {@code latest/} moves on)
 */
public record LatestRunView(String sourceId, SourceSummary source, RunInfo run, Map<String, Link> documentation,
                            Map<String, String> links) {

    /** @param expiresAt ISO-8601 UTC */
    public record Link(String url, String expiresAt) {

        static Link of(DocumentLink link) {
            return new Link(link.url().toString(), link.expiresAt().toString());
        }
    }

    public record SourceSummary(String name, String kind, String product) {
    }
}
