package io.datamind.trigger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Execution names and run ids derived from a run's cause (an S3 object version, a schedule tick), never from the
 * clock or chance: a cause delivered twice yields the same execution name, which Step Functions refuses to start
 * again, and the same run id, which the run store refuses to record again.
 */
public final class RunNames {

    /** Step Functions' limit for execution names. */
    static final int MAX_EXECUTION_NAME = 80;
    private static final int HASH_HEX_DIGITS = 16;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunNames() {
    }

    /**
     * {@code <16 hex digits of SHA-256 over the cause parts>-<readable tail>}: at most 80 characters of
     * {@code [A-Za-z0-9_-]}; the tail keeps the end of {@code readable} (where file names are), other characters
     * become {@code _}. The hash alone decides uniqueness; the tail is for people reading the console.
     */
    public static String execution(String readable, String... causeParts) {
        String hash = sha256Hex(String.join("\n", causeParts)).substring(0, HASH_HEX_DIGITS);
        String tail = readable == null ? "" : readable.replaceAll("[^A-Za-z0-9_-]", "_");
        int room = MAX_EXECUTION_NAME - HASH_HEX_DIGITS - 1;
        if (tail.length() > room) {
            tail = tail.substring(tail.length() - room);
        }
        return tail.isEmpty() ? hash : hash + "-" + tail;
    }

    /**
     * A run id in the form {@code RunIds} gives, {@code yyyyMMdd'T'HHmmss'Z'-xxxxxx}, so triggered runs sort by time
     * among the others; the time is the cause's (the S3 event time, the schedule tick) and the suffix comes from the
     * execution name, so a repeated cause gets the same id.
     */
    public static String runId(Instant causeTime, String executionName) {
        return stamp(causeTime) + "-" + sha256Hex(executionName).substring(0, 6);
    }

    /** A cause's time as run ids show it, {@code yyyyMMdd'T'HHmmss'Z'}. */
    public static String stamp(Instant time) {
        return STAMP.format(time);
    }

    /** A source id that the run store accepts, for recording a run whose requested source id is not one. */
    static String safeSourceId(String requested) {
        String safe = requested == null ? "" : requested.replaceAll("[^A-Za-z0-9._:-]", "_").replaceFirst("^[^A-Za-z0-9]+", "");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        return safe.isEmpty() ? "unknown" : safe;
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
