package io.datamind.api;

import java.util.Optional;

/** Links to a run's published documents (presigned S3 URLs in AWS). */
public interface DocumentationLinks {

    /** A link to the document, or empty when the run has not published it (or it was removed). */
    Optional<DocumentLink> find(String sourceId, String runId, DocumentFormat format);

    /** A link without checking that the document exists, for a run whose publication is known. */
    DocumentLink sign(String sourceId, String runId, DocumentFormat format);
}
