package io.datamind.profile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Presents the current row of {@link ValueRows} in the projection layout the profilers expect: a slot per projected
 * expression, so an unbounded text column yields its length and a prefix exactly as the profile query would.
 */
final class ValueProfileRow implements ProfileRow {

    private final ValueRows rows;
    private final int[] columnOfSlot;
    private final Projection[] projectionOfSlot;
    private final boolean[] secondSlot;
    private boolean lastNull;

    ValueProfileRow(ValueRows rows, List<Projection> projections) {
        int slots = projections.stream().mapToInt(p -> p == Projection.LENGTH_AND_PREFIX ? 2 : 1).sum();
        this.rows = rows;
        this.columnOfSlot = new int[slots + 1];
        this.projectionOfSlot = new Projection[slots + 1];
        this.secondSlot = new boolean[slots + 1];
        int slot = 1;
        for (int column = 0; column < projections.size(); column++) {
            Projection projection = projections.get(column);
            columnOfSlot[slot] = column;
            projectionOfSlot[slot] = projection;
            slot++;
            if (projection == Projection.LENGTH_AND_PREFIX) {
                columnOfSlot[slot] = column;
                projectionOfSlot[slot] = projection;
                secondSlot[slot] = true;
                slot++;
            }
        }
    }

    private Object read(int slot) {
        Object value = rows.value(columnOfSlot[slot]);
        lastNull = value == null;
        return value;
    }

    @Override
    public long getLong(int slot) throws SQLException {
        Object value = read(slot);
        if (value == null) {
            return 0;
        }
        if (projectionOfSlot[slot] == Projection.BYTE_LENGTH) {
            return value instanceof byte[] bytes ? bytes.length : value.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        if (projectionOfSlot[slot] == Projection.LENGTH_AND_PREFIX) {
            String text = value.toString();
            return text.codePointCount(0, text.length());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException beyondLong) {
                throw new SQLException("value out of the range of a long: " + decimal);
            }
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new SQLException("not an integer: " + value.getClass().getSimpleName());
    }

    @Override
    public double getDouble(int slot) throws SQLException {
        Object value = read(slot);
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new SQLException("not a number: " + value.getClass().getSimpleName());
    }

    @Override
    public boolean getBoolean(int slot) throws SQLException {
        Object value = read(slot);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new SQLException("not a boolean: " + value.getClass().getSimpleName());
    }

    @Override
    public String getString(int slot) {
        Object value = read(slot);
        if (value == null) {
            return null;
        }
        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
        return secondSlot[slot] ? Projection.prefix(text) : text;
    }

    @Override
    public BigDecimal getBigDecimal(int slot) throws SQLException {
        Object value = read(slot);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new SQLException("not a number: " + value.getClass().getSimpleName());
    }

    @Override
    public <T> T getObject(int slot, Class<T> type) throws SQLException {
        Object value = read(slot);
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        Object converted = convert(value, type);
        if (converted == null) {
            throw new SQLException("cannot read " + value.getClass().getSimpleName() + " as " + type.getSimpleName());
        }
        return type.cast(converted);
    }

    /** Instants and offsets are read as UTC; a local timestamp asked for with an offset is taken as UTC. */
    private static Object convert(Object value, Class<?> type) {
        if (type == OffsetDateTime.class) {
            if (value instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC);
            }
            if (value instanceof LocalDateTime local) {
                return local.atOffset(ZoneOffset.UTC);
            }
        }
        if (type == LocalDate.class && value instanceof LocalDateTime local) {
            return local.toLocalDate();
        }
        if (type == LocalTime.class && value instanceof LocalDateTime local) {
            return local.toLocalTime();
        }
        return null;
    }

    @Override
    public boolean wasNull() {
        return lastNull;
    }
}
