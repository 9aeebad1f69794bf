package io.datamind.aws;

import io.datamind.api.DictionaryHeader;
import io.datamind.api.PublishedRun;
import io.datamind.api.PublishedRuns;
import io.datamind.docs.json.JsonRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The latest run of a source from {@code <sourceId>/latest/dictionary.json}, which every publication replaces. Only
 * the head of the object is read; the rest of the download is aborted.
 */
public final class S3PublishedRuns implements PublishedRuns {

    private final S3Client s3;
    private final String bucket;

    public S3PublishedRuns(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Optional<PublishedRun> latest(String sourceId) {
        String key = sourceId + "/latest/" + JsonRenderer.DOCUMENT;
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
        try (in) {
            PublishedRun run = DictionaryHeader.read(sourceId, in, "s3://" + bucket + "/" + key);
            in.abort();
            return Optional.of(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close s3://" + bucket + "/" + key, e);
        }
    }
}
