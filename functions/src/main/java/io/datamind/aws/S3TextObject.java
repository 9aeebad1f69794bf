package io.datamind.aws;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * A small UTF-8 object in S3 (a glossary, prompt instructions, reviewed descriptions) read once per container and
 * re-read at most once per {@code maxAge}, like {@link S3SourceRegistry}: a warm Lambda sees an edit within that time
 * without reading S3 for every table.
 */
public final class S3TextObject {

    private final S3Client s3;
    private final String setting;
    private final String bucket;
    private final String key;
    private final Duration maxAge;
    private final Clock clock;
    private String loaded;
    private Instant loadedAt;

    /** @param setting what configured the location (an environment variable), named in errors */
    public S3TextObject(S3Client s3, String setting, URI location, Duration maxAge, Clock clock) {
        if (!"s3".equals(location.getScheme()) || location.getHost() == null || location.getPath().length() < 2) {
            throw new IllegalArgumentException(setting + " must be an s3://bucket/key URI, got " + location);
        }
        this.s3 = s3;
        this.setting = setting;
        this.bucket = location.getHost();
        this.key = location.getPath().substring(1);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public String location() {
        return "s3://" + bucket + "/" + key;
    }

    /** @throws IllegalStateException naming the setting and location when the object (or its bucket) is missing */
    public synchronized String text() {
        Instant now = clock.instant();
        if (loaded == null || loadedAt.plus(maxAge).isBefore(now)) {
            loaded = read();
            loadedAt = now;
        }
        return loaded;
    }

    private String read() {
        try {
            return new String(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray(), StandardCharsets.UTF_8);
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            throw new IllegalStateException(setting + ": no object at " + location(), e);
        }
    }
}
