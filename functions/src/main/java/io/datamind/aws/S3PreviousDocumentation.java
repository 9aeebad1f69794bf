package io.datamind.aws;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.Json;
import io.datamind.docs.json.JsonRenderer;
import io.datamind.pipeline.remote.PreviousDocumentation;
import io.datamind.pipeline.store.StoreIds;
import java.io.IOException;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Reads {@code s3://bucket/<sourceId>/latest/dictionary.json}, which the source's last run published. A missing one
 * means a first run; an unreadable one is logged and treated the same, so a damaged document never blocks a run
 * (the run then redoes every table and reports no drift).
 */
public final class S3PreviousDocumentation implements PreviousDocumentation {

    private static final System.Logger LOG = System.getLogger(S3PreviousDocumentation.class.getName());

    private final S3Client s3;
    private final String bucket;

    public S3PreviousDocumentation(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Optional<DataDictionary> latest(String sourceId) {
        String key = StoreIds.requireId("sourceId", sourceId) + "/latest/" + JsonRenderer.DOCUMENT;
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
        try {
            DataDictionary dictionary = Json.mapper().readValue(bytes, DataDictionary.class);
            return dictionary == null || dictionary.run() == null ? Optional.empty() : Optional.of(dictionary);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "not reusing or comparing with s3://{0}/{1}: {2}", bucket, key, e.getMessage());
            return Optional.empty();
        }
    }
}
