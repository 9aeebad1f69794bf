package io.datamind.aws;

import io.datamind.pipeline.remote.RegisteredSource;
import io.datamind.pipeline.remote.SourceRegistry;
import io.datamind.pipeline.remote.YamlSourceRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The sources registry as a YAML object in S3 ({@code s3://bucket/config/sources.yaml}). Re-read at most once per
 * {@code maxAge}, so a warm Lambda sees an edited registry within that time without reading S3 for every table.
 */
public final class S3SourceRegistry implements SourceRegistry {

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final Duration maxAge;
    private final Clock clock;
    private YamlSourceRegistry loaded;
    private Instant loadedAt;

    public S3SourceRegistry(S3Client s3, URI location, Duration maxAge, Clock clock) {
        if (!"s3".equals(location.getScheme()) || location.getHost() == null || location.getPath().length() < 2) {
            throw new IllegalArgumentException("the sources registry must be an s3://bucket/key URI, got " + location);
        }
        this.s3 = s3;
        this.bucket = location.getHost();
        this.key = location.getPath().substring(1);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public Optional<RegisteredSource> find(String sourceId) {
        return current().find(sourceId);
    }

    @Override
    public List<RegisteredSource> all() {
        return current().all();
    }

    private synchronized YamlSourceRegistry current() {
        Instant now = clock.instant();
        if (loaded == null || loadedAt.plus(maxAge).isBefore(now)) {
            byte[] yaml = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
            loaded = YamlSourceRegistry.parse(yaml, "s3://" + bucket + "/" + key);
            loadedAt = now;
        }
        return loaded;
    }
}
