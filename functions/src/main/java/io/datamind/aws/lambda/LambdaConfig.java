package io.datamind.aws.lambda;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The handlers' settings, from environment variables (documented in README.md, "Cloud architecture").
 *
 * @param table          DATAMIND_TABLE: the DynamoDB run store table
 * @param docsBucket     DATAMIND_DOCS_BUCKET: documentation bucket; also holds run artifacts under {@code _datamind/}
 * @param sources        DATAMIND_SOURCES: the sources registry, {@code s3://bucket/key.yaml}
 * @param retentionDays  DATAMIND_RETENTION_DAYS: how long run state lives (DynamoDB TTL), default 30
 * @param secretCacheTtl DATAMIND_SECRET_CACHE_SECONDS: how long a secret is cached per container, default 300
 */
public record LambdaConfig(String table, String docsBucket, URI sources, int retentionDays, Duration secretCacheTtl) {

    /** Run artifacts and overflow payloads live under this prefix; it cannot collide with a source id. */
    public static final String STATE_PREFIX = "_datamind";

    public static LambdaConfig fromEnvironment(Map<String, String> env) {
        String bucket = required(env, "DATAMIND_DOCS_BUCKET");
        String sources = env.getOrDefault("DATAMIND_SOURCES", "");
        return new LambdaConfig(
                required(env, "DATAMIND_TABLE"),
                bucket,
                URI.create(sources.isBlank() ? "s3://" + bucket + "/config/sources.yaml" : sources),
                Integer.parseInt(env.getOrDefault("DATAMIND_RETENTION_DAYS", "30")),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("DATAMIND_SECRET_CACHE_SECONDS", "300"))));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
