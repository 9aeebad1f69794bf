package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TypeFamily;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Reads one date, timestamp or time column's values as long keys (epoch day, epoch microsecond, nanosecond of day)
 * and renders keys back as ISO-8601. Values are read as java.time objects where the driver supports it; otherwise
 * (SQLite keeps dates as text, timestamptz refuses LocalDateTime) the reader falls back once per column: offset, then
 * text. Timestamps with a time zone (declared so, or refusing LocalDateTime) are normalised to UTC and rendered with a
 * trailing "Z". Not thread-safe: the fallback is remembered.
 */
final class TemporalReader {

    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long SECONDS_PER_DAY = 86_400L;

    /** What {@link #read} found. */
    enum Outcome { VALUE, NULL, UNREADABLE }

    enum Access { LOCAL, OFFSET, TEXT }

    private final TypeFamily family;
    private Access access;
    private long key;

    TemporalReader(ColumnSchema column) {
        this.family = column.family();
        this.access = family == TypeFamily.TIMESTAMP && hasTimeZone(column.declaredType()) ? Access.OFFSET : Access.LOCAL;
    }

    /** Some drivers (H2) hand a zoned timestamp out as a LocalDateTime in the JVM's zone: ask for the offset. */
    private static boolean hasTimeZone(String declaredType) {
        String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
        return type.contains("with time zone") || type.contains("timestamptz");
    }

    /** Reads the value at {@code index}; after {@link Outcome#VALUE}, {@link #key()} holds it. */
    Outcome read(ProfileRow row, int index) throws SQLException {
        return switch (family) {
            case DATE -> readDate(row, index);
            case TIME -> readTime(row, index);
            default -> readTimestamp(row, index);
        };
    }

    /** The key of the value {@link #read} found last. */
    long key() {
        return key;
    }

    /** The epoch day of a date or timestamp key. */
    long epochDay(long key) {
        return family == TypeFamily.DATE ? key : Math.floorDiv(key, MICROS_PER_SECOND * SECONDS_PER_DAY);
    }

    Access access() {
        return access;
    }

    /** A reader of another slice of the column fell back further: its keys render alike only with the same access. */
    void widenTo(Access other) {
        if (other.ordinal() > access.ordinal()) {
            access = other;
        }
    }

    private Outcome readDate(ProfileRow row, int index) throws SQLException {
        return readLocal(row, index, LocalDate.class, text -> {
            LocalDateTime parsed = parseTimestamp(text);
            return parsed == null ? null : parsed.toLocalDate();
        }, LocalDate::toEpochDay);
    }

    /** A date or a time: the driver's own type, or (once it refuses) the text, parsed here. */
    private <T> Outcome readLocal(ProfileRow row, int index, Class<T> type, Function<String, T> parse,
                                  ToLongFunction<T> toKey) throws SQLException {
        T value = null;
        if (access == Access.LOCAL) {
            try {
                value = row.getObject(index, type);
            } catch (SQLException | RuntimeException unsupported) {
                access = Access.TEXT;
            }
        }
        if (access == Access.TEXT) {
            String text = row.getString(index);
            if (text == null) {
                return Outcome.NULL;
            }
            value = parse.apply(text);
            if (value == null) {
                return Outcome.UNREADABLE;
            }
        } else if (value == null) {
            return Outcome.NULL;
        }
        key = toKey.applyAsLong(value);
        return Outcome.VALUE;
    }

    private Outcome readTimestamp(ProfileRow row, int index) throws SQLException {
        LocalDateTime timestamp = null;
        boolean readAsNull = false;
        if (access == Access.LOCAL) {
            try {
                timestamp = row.getObject(index, LocalDateTime.class);
                readAsNull = timestamp == null;
            } catch (SQLException | RuntimeException unsupported) {
                access = Access.OFFSET;
            }
        }
        if (access == Access.OFFSET) {
            try {
                OffsetDateTime withOffset = row.getObject(index, OffsetDateTime.class);
                readAsNull = withOffset == null;
                timestamp = readAsNull ? null : withOffset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (SQLException | RuntimeException unsupported) {
                access = Access.TEXT;
            }
        }
        if (access == Access.TEXT) {
            String text = row.getString(index);
            readAsNull = text == null;
            timestamp = readAsNull ? null : parseTimestamp(text);
        }
        if (readAsNull) {
            return Outcome.NULL;
        }
        if (timestamp == null) {
            return Outcome.UNREADABLE;
        }
        key = timestamp.toEpochSecond(ZoneOffset.UTC) * MICROS_PER_SECOND + timestamp.getNano() / 1_000;
        return Outcome.VALUE;
    }

    private Outcome readTime(ProfileRow row, int index) throws SQLException {
        return readLocal(row, index, LocalTime.class, TemporalReader::parseTime, LocalTime::toNanoOfDay);
    }

    /** Values that cannot be parsed count as present but feed no figure. */
    static LocalDateTime parseTimestamp(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).atStartOfDay();
            }
            String iso = trimmed.length() > 10 && trimmed.charAt(10) == ' '
                    ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11) : trimmed;
            try {
                return LocalDateTime.parse(iso);
            } catch (DateTimeParseException withZone) {
                return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
        } catch (DateTimeParseException unparseable) {
            return null;
        }
    }

    static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException unparseable) {
            return null;
        }
    }

    String render(long key) {
        return switch (family) {
            case DATE -> LocalDate.ofEpochDay(key).toString();
            case TIME -> LocalTime.ofNanoOfDay(key).format(DateTimeFormatter.ISO_LOCAL_TIME);
            default -> LocalDateTime.ofEpochSecond(Math.floorDiv(key, MICROS_PER_SECOND),
                    (int) Math.floorMod(key, MICROS_PER_SECOND) * 1_000, ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + (access == Access.OFFSET ? "Z" : "");
        };
    }
}
