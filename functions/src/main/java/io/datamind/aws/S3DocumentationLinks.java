package io.datamind.aws;

import io.datamind.api.DocumentFormat;
import io.datamind.api.DocumentLink;
import io.datamind.api.DocumentationLinks;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

/**
 * Presigned GET URLs for the documents {@link S3DocumentPublisher} writes under {@code <sourceId>/<runId>/}. A URL
 * is signed with the function's own credentials, so it stops working when they expire even before {@code ttl}.
 */
public final class S3DocumentationLinks implements DocumentationLinks {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final Duration ttl;

    public S3DocumentationLinks(S3Client s3, S3Presigner presigner, String bucket, Duration ttl) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.ttl = ttl;
    }

    @Override
    public Optional<DocumentLink> find(String sourceId, String runId, DocumentFormat format) {
        String key = key(sourceId, runId, format);
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(sign(sourceId, runId, format));
    }

    @Override
    public DocumentLink sign(String sourceId, String runId, DocumentFormat format) {
        String key = key(sourceId, runId, format);
        PresignedGetObjectRequest presigned = presigner.presignGetObject(p -> p.signatureDuration(ttl)
                .getObjectRequest(g -> g.bucket(bucket).key(key)));
        return new DocumentLink(URI.create(presigned.url().toString()), presigned.expiration());
    }

    /** The layout of {@link S3DocumentSink}: {@code <sourceId>/<runId>/<file>}. */
    private static String key(String sourceId, String runId, DocumentFormat format) {
        return sourceId + "/" + runId + "/" + format.fileName();
    }
}
