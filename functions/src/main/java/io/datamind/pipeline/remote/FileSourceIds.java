package io.datamind.pipeline.remote;

import io.datamind.pipeline.store.StoreIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The source id of a file run that names none, derived from the location so that runs of the same location share
 * their documentation prefix and drift history: drop {@code s3://} and trailing slashes, turn '/' into '.', and every
 * character outside letters, digits, '.', '_', ':' and '-' into '-'. {@code s3://acme-landing/sales/2024/} becomes
 * {@code acme-landing.sales.2024}. Longer than 128 characters, the id keeps its first 111 and appends '-' and 16 hex
 * digits of the location's SHA-256.
 */
public final class FileSourceIds {

    private static final int MAX = 128;

    private FileSourceIds() {
    }

    public static String of(String location) {
        String path = location.replaceFirst("^s3://", "").replaceAll("/+$", "");
        String id = path.replace('/', '.').replaceAll("[^A-Za-z0-9._:-]", "-");
        if (id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0))) {
            id = "files-" + id;
        }
        if (id.length() > MAX) {
            id = id.substring(0, MAX - 17) + "-" + sha256(location).substring(0, 16);
        }
        return StoreIds.requireId("sourceId", id);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
