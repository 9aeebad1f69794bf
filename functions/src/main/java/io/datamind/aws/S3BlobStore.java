package io.datamind.aws;

import io.datamind.pipeline.store.BlobLocation;
import io.datamind.pipeline.store.BlobStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.util.Optional;

/** {@link BlobStore} on an S3 bucket; every key is placed under {@code prefix}. */
public final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isEmpty() || prefix.endsWith("/") ? nullToEmpty(prefix) : prefix + "/";
    }

    @Override
    public void put(String key, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + key).contentType("application/octet-stream"),
                RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(prefix + key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Override
    public BlobLocation location(String key) {
        return new BlobLocation(bucket, prefix + key);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
