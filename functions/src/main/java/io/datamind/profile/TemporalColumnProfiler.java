package io.datamind.profile;

import io.datamind.profile.metric.PeriodDistribution;
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
import java.util.List;

/**
 * Dates, timestamps and times, keyed as longs (epoch day, epoch microsecond, nanosecond of day).
 * Values are read as java.time objects where the driver supports it; otherwise (SQLite keeps dates as
 * text, timestamptz refuses LocalDateTime) the reader falls back once per column: offset, then text.
 * Timestamps with a time zone (declared so, or refusing LocalDateTime) are normalised to UTC and rendered
 * with a trailing "Z".
 */
final class TemporalColumnProfiler extends ColumnProfiler {

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;

    private enum Access { LOCAL, OFFSET, TEXT }

    private final TypeFamily family;
    private final LongValues values;
    private PeriodDistribution periods;
    private Access access;
    private long minKey = Long.MAX_VALUE;
    private long maxKey = Long.MIN_VALUE;
    private long count;

    TemporalColumnProfiler(ColumnSchema column, int index, ProfileOptions options, long seed) {
        super(column, index);
        this.family = column.family();
        this.values = new LongValues(options, seed, this::render);
        this.periods = family == TypeFamily.TIME ? null : new PeriodDistribution();
        this.access = family == TypeFamily.TIMESTAMP && hasTimeZone(column.declaredType()) ? Access.OFFSET : Access.LOCAL;
    }

    /** Some drivers (H2) hand a zoned timestamp out as a LocalDateTime in the JVM's zone: ask for the offset. */
    private static boolean hasTimeZone(String declaredType) {
        String type = declaredType == null ? "" : declaredType.toLowerCase(java.util.Locale.ROOT);
        return type.contains("with time zone") || type.contains("timestamptz");
    }

    @Override
    void read(ProfileRow row) throws SQLException {
        switch (family) {
            case DATE -> readDate(row);
            case TIME -> readTime(row);
            default -> readTimestamp(row);
        }
    }

    private void readDate(ProfileRow row) throws SQLException {
        LocalDate date = null;
        if (access == Access.LOCAL) {
            try {
                date = row.getObject(index, LocalDate.class);
            } catch (SQLException | RuntimeException unsupported) {
                access = Access.TEXT;
            }
        }
        if (access == Access.TEXT) {
            String text = row.getString(index);
            if (text == null) {
                nulls++;
                return;
            }
            LocalDateTime parsed = parseTimestamp(text);
            date = parsed == null ? null : parsed.toLocalDate();
            if (date == null) {
                return;
            }
        } else if (date == null) {
            nulls++;
            return;
        }
        long day = date.toEpochDay();
        periods.addEpochDay(day);
        accept(day);
    }

    private void readTimestamp(ProfileRow row) throws SQLException {
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
            nulls++;
            return;
        }
        if (timestamp == null) {
            return;
        }
        long second = timestamp.toEpochSecond(ZoneOffset.UTC);
        periods.addEpochDay(Math.floorDiv(second, SECONDS_PER_DAY));
        accept(second * MICROS_PER_SECOND + timestamp.getNano() / 1_000);
    }

    private void readTime(ProfileRow row) throws SQLException {
        LocalTime time = null;
        if (access == Access.LOCAL) {
            try {
                time = row.getObject(index, LocalTime.class);
            } catch (SQLException | RuntimeException unsupported) {
                access = Access.TEXT;
            }
        }
        if (access == Access.TEXT) {
            String text = row.getString(index);
            if (text == null) {
                nulls++;
                return;
            }
            time = parseTime(text);
            if (time == null) {
                return;
            }
        } else if (time == null) {
            nulls++;
            return;
        }
        accept(time.toNanoOfDay());
    }

    private void accept(long key) {
        count++;
        if (key < minKey) {
            minKey = key;
        }
        if (key > maxKey) {
            maxKey = key;
        }
        values.add(key);
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

    private String render(long key) {
        return switch (family) {
            case DATE -> LocalDate.ofEpochDay(key).toString();
            case TIME -> LocalTime.ofNanoOfDay(key).format(DateTimeFormatter.ISO_LOCAL_TIME);
            default -> LocalDateTime.ofEpochSecond(Math.floorDiv(key, MICROS_PER_SECOND),
                    (int) Math.floorMod(key, MICROS_PER_SECOND) * 1_000, ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + (access == Access.OFFSET ? "Z" : "");
        };
    }

    /** A slice that fell back to OFFSET or TEXT reading tells the merged column how its values render. */
    @Override
    void merge(ColumnProfiler other) {
        TemporalColumnProfiler that = (TemporalColumnProfiler) other;
        nulls += that.nulls;
        values.merge(that.values);
        if (periods != null) {
            periods.merge(that.periods);
        }
        count += that.count;
        minKey = Math.min(minKey, that.minKey);
        maxKey = Math.max(maxKey, that.maxKey);
        if (that.access.ordinal() > access.ordinal()) {
            access = that.access;
        }
    }

    @Override
    ColumnState state() {
        return ColumnState.of(column.name(), nulls).withValues(values.state()).withTemporal(new ColumnState.TemporalState(
                count, minKey, maxKey, access.name(), periods == null ? null : periods.state()));
    }

    @Override
    void restore(ColumnState state) {
        ColumnState.TemporalState temporal = state.temporal();
        nulls = state.nulls();
        values.restore(state.values());
        count = temporal.count();
        minKey = temporal.minKey();
        maxKey = temporal.maxKey();
        access = Access.valueOf(temporal.access());
        periods = temporal.periods() == null ? null : PeriodDistribution.restore(temporal.periods());
    }

    @Override
    List<String> classifierSample() {
        return values.classifierSample();
    }

    @Override
    ColumnProfile result(long rows) {
        ColumnProfileBuilder builder = values.into(base(rows));
        if (count > 0) {
            String min = render(minKey);
            String max = render(maxKey);
            builder.temporal(periods == null ? new TemporalStats(min, max, null, null) : periods.result(min, max));
        }
        return builder.build();
    }
}
