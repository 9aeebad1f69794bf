package io.datamind.aws;

import io.datamind.files.FileStorage;
import io.datamind.files.StoredFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Data files in S3: {@code s3://bucket/key} of one object, or {@code s3://bucket/prefix/} of a dataset. Objects are
 * streamed (GetObject) or read by byte range (GetObject with a Range header), never downloaded whole.
 */
public final class S3FileStorage implements FileStorage {

    private final S3Client s3;

    public S3FileStorage(S3Client s3) {
        this.s3 = s3;
    }

    /** The bucket and key (or prefix) of an {@code s3://} location. */
    public record S3Location(String bucket, String key) {

        public static S3Location parse(String location) {
            if (location == null || !location.startsWith("s3://")) {
                throw new IllegalArgumentException("expected an s3://bucket/prefix location, got " + location);
            }
            String rest = location.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            if (bucket.isBlank()) {
                throw new IllegalArgumentException("the location " + location + " names no bucket");
            }
            return new S3Location(bucket, slash < 0 ? "" : rest.substring(slash + 1));
        }

        String uri(String objectKey) {
            return "s3://" + bucket + "/" + objectKey;
        }
    }

    /** A key not ending in '/' is first tried as one object, then as a prefix ("folder") of objects. */
    @Override
    public List<StoredFile> list(String root) throws IOException {
        S3Location location = S3Location.parse(root);
        try {
            if (!location.key().isEmpty() && !location.key().endsWith("/")) {
                HeadObjectResponse head = headOrNull(location);
                if (head != null) {
                    String name = location.key().substring(location.key().lastIndexOf('/') + 1);
                    return List.of(new StoredFile(location.uri(location.key()), name, head.contentLength()));
                }
            }
            String prefix = location.key().isEmpty() || location.key().endsWith("/") ? location.key() : location.key() + "/";
            List<StoredFile> files = new ArrayList<>();
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(location.bucket()).prefix(prefix).build();
            for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
                if (!object.key().endsWith("/")) {
                    files.add(new StoredFile(location.uri(object.key()), object.key().substring(prefix.length()), object.size()));
                }
            }
            if (files.isEmpty()) {
                throw new IOException("no objects under " + root);
            }
            files.sort(Comparator.comparing(StoredFile::relativePath));
            return files;
        } catch (SdkException e) {
            throw new IOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private HeadObjectResponse headOrNull(S3Location location) {
        try {
            return s3.headObject(b -> b.bucket(location.bucket()).key(location.key()));
        } catch (NoSuchKeyException e) {
            return null;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public InputStream open(StoredFile file) throws IOException {
        S3Location location = S3Location.parse(file.location());
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(location.bucket()).key(location.key()).build());
        } catch (SdkException e) {
            throw new IOException("cannot read " + file.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A GetObject of bytes {@code offset-} (to the end). Closing it aborts the request, so a slice that stops reading
     * after its range does not download the rest of the object.
     */
    @Override
    public InputStream open(StoredFile file, long offset) throws IOException {
        S3Location location = S3Location.parse(file.location());
        try {
            ResponseInputStream<GetObjectResponse> response = s3.getObject(GetObjectRequest.builder()
                    .bucket(location.bucket()).key(location.key()).range("bytes=" + offset + "-").build());
            return new FilterInputStream(response) {
                @Override
                public void close() throws IOException {
                    response.abort();
                    response.close();
                }
            };
        } catch (SdkException e) {
            throw new IOException("cannot read " + file.location() + " from byte " + offset + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ByteBuffer readRange(StoredFile file, long offset, int length) throws IOException {
        S3Location location = S3Location.parse(file.location());
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        try {
            byte[] bytes = s3.getObjectAsBytes(GetObjectRequest.builder().bucket(location.bucket()).key(location.key())
                    .range(range).build()).asByteArray();
            if (bytes.length != length) {
                throw new IOException("a ranged read of " + file.location() + " (" + range + ") returned " + bytes.length
                        + " bytes");
            }
            return ByteBuffer.wrap(bytes);
        } catch (SdkException e) {
            throw new IOException("cannot read " + range + " of " + file.location() + ": " + e.getMessage(), e);
        }
    }
}
