package io.datamind.pipeline;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids sort by start time and stay unique when two runs start in the same second. */
public final class RunIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunIds() {
    }

    public static String next(Clock clock) {
        byte[] suffix = new byte[3];
        ThreadLocalRandom.current().nextBytes(suffix);
        return STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
    }
}
