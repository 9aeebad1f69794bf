package io.datamind.aws;

import io.datamind.docs.DocumentSink;
import io.datamind.pipeline.store.StoreIds;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one run's documentation under {@code s3://bucket/<source>/<runId>/}, publishes it as
 * {@code <source>/latest/} and packs it into {@code bundle.zip}. The bundle is streamed object by object through a
 * temporary file, so memory stays bounded whatever the size of the run.
 */
public final class S3DocumentSink implements DocumentSink {

    public static final String BUNDLE_NAME = "bundle.zip";
    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;
    private final String runPrefix;
    private final String latestPrefix;

    public S3DocumentSink(S3Client s3, String bucket, String sourceId, String runId) {
        this.s3 = s3;
        this.bucket = bucket;
        this.runPrefix = StoreIds.requireId("sourceId", sourceId) + "/" + StoreIds.requireId("runId", runId) + "/";
        this.latestPrefix = sourceId + "/latest/";
    }

    /** @param contentType null to derive it from the file extension */
    @Override
    public void put(String relativePath, byte[] content, String contentType) {
        String type = contentType == null || contentType.isBlank() ? ContentTypes.forPath(relativePath) : contentType;
        s3.putObject(b -> b.bucket(bucket).key(runPrefix + checkedRelative(relativePath)).contentType(type),
                RequestBody.fromBytes(content));
    }

    public String runPrefix() {
        return runPrefix;
    }

    public String latestPrefix() {
        return latestPrefix;
    }

    /**
     * Copies every object of the run to {@code <source>/latest/} (content types included), then deletes what the
     * previous latest had and this run has not, so readers never see a half-empty latest.
     *
     * @return how many objects were copied
     */
    public int copyRunToLatest() {
        Set<String> published = new HashSet<>();
        try (Stream<S3Object> objects = listUnder(runPrefix)) {
            objects.forEach(object -> {
                String relative = object.key().substring(runPrefix.length());
                s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(object.key())
                        .destinationBucket(bucket).destinationKey(latestPrefix + relative));
                published.add(latestPrefix + relative);
            });
        }
        List<String> stale;
        try (Stream<S3Object> objects = listUnder(latestPrefix)) {
            stale = objects.map(S3Object::key).filter(key -> !published.contains(key)).toList();
        }
        deleteAll(stale);
        return published.size();
    }

    /**
     * Zips every file of the run (except an earlier bundle) into {@code <source>/<runId>/bundle.zip}.
     *
     * @return the bundle's key
     */
    public String writeBundle() throws IOException {
        Path zip = Files.createTempFile("datamind-bundle-", ".zip");
        try {
            try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                 Stream<S3Object> objects = listUnder(runPrefix)) {
                objects.map(S3Object::key)
                        .filter(key -> !key.equals(runPrefix + BUNDLE_NAME))
                        .forEach(key -> addEntry(out, key));
            }
            String bundleKey = runPrefix + BUNDLE_NAME;
            s3.putObject(b -> b.bucket(bucket).key(bundleKey).contentType("application/zip"), RequestBody.fromFile(zip));
            return bundleKey;
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private void addEntry(ZipOutputStream out, String key) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key))) {
            out.putNextEntry(new ZipEntry(key.substring(runPrefix.length())));
            in.transferTo(out);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add s3://" + bucket + "/" + key + " to the bundle", e);
        }
    }

    private Stream<S3Object> listUnder(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream();
    }

    private void deleteAll(List<String> keys) {
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = new ArrayList<>();
            for (String key : keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH))) {
                batch.add(ObjectIdentifier.builder().key(key).build());
            }
            s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(batch).quiet(true)));
        }
    }

    /** Rendered files are named by the renderers, but a path must never climb out of the run's prefix. */
    private static String checkedRelative(String relativePath) {
        if (relativePath == null || relativePath.isEmpty() || relativePath.startsWith("/")
                || Path.of(relativePath).normalize().startsWith("..") || relativePath.contains("\\")) {
            throw new IllegalArgumentException("not a relative document path: " + relativePath);
        }
        return relativePath;
    }
}
