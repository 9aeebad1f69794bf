package io.datamind.aws;

import io.datamind.trigger.ManifestException;
import io.datamind.trigger.UploadedObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The input bucket as the upload trigger reads it: manifests (bounded) and existence checks. */
public final class S3UploadedObjects implements UploadedObjects {

    private static final int NOT_FOUND = 404;

    private final S3Client s3;

    public S3UploadedObjects(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<byte[]> read(String bucket, String key, int maxBytes) {
        try (ResponseInputStream<GetObjectResponse> object = s3.getObject(b -> b.bucket(bucket).key(key))) {
            Long length = object.response().contentLength();
            if (length != null && length > maxBytes) {
                throw tooLarge(bucket, key, maxBytes);
            }
            byte[] content = readAtMost(object, maxBytes + 1);
            if (content.length > maxBytes) {
                throw tooLarge(bucket, key, maxBytes);
            }
            return Optional.of(content);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read s3://" + bucket + "/" + key, e);
        }
    }

    @Override
    public boolean exists(String bucket, String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            // HEAD answers have no body, so a missing key comes back as a bare 404
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static ManifestException tooLarge(String bucket, String key, int maxBytes) {
        return new ManifestException("s3://" + bucket + "/" + key + " is larger than " + maxBytes
                + " bytes; a manifest lists file names only");
    }
}
