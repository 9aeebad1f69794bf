package io.datamind.trigger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The source id a file dataset's documentation is filed under when nobody named one: derived from the location alone,
 * so every trigger (S3 upload, API) and every run of the same dataset files it under the same id.
 *
 * <p>Rule: the last segment of the location (the dataset folder's name for {@code s3://bucket/incoming/sales/}, the
 * file name for {@code s3://bucket/incoming/orders.csv}, the bucket for {@code s3://bucket/}), with every character
 * outside {@code [A-Za-z0-9._-]} replaced by {@code _} and cut to {@value #MAX_READABLE} characters, then {@code -} and
 * the first 10 hex digits of the SHA-256 of the whole location as given. So {@code s3://in/incoming/sales/} becomes
 * {@code sales-<hash>}: readable, a valid {@code StoreIds} id, and two datasets of the same name in different buckets
 * or folders never share documentation. A prefix and the same text without its trailing slash are different
 * locations (a folder and a file) and get different ids.
 */
public final class DatasetSourceIds {

    private static final int MAX_READABLE = 48;
    private static final int HASH_HEX_DIGITS = 10;

    private DatasetSourceIds() {
    }

    /** @param location {@code s3://bucket/prefix/} of a dataset folder or {@code s3://bucket/key} of one file */
    public static String of(String location) {
        if (location == null || !location.startsWith("s3://") || location.length() <= "s3://".length()) {
            throw new IllegalArgumentException("a dataset location must be s3://bucket/prefix/ or s3://bucket/key, got "
                    + location);
        }
        return readableName(location) + "-" + sha256Hex(location).substring(0, HASH_HEX_DIGITS);
    }

    private static String readableName(String location) {
        String path = location.substring("s3://".length());
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        String safe = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[^A-Za-z0-9]+", "");
        if (safe.length() > MAX_READABLE) {
            safe = safe.substring(0, MAX_READABLE);
        }
        return safe.isEmpty() ? "dataset" : safe;
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
