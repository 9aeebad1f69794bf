package io.datamind.files;

import io.datamind.scan.InferredType;
import io.datamind.scan.TypeFamily;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;

/**
 * Counts, for one column over the inference rows, how many non-empty values parse as each inferable type, then
 * picks the most specific family that at least {@link #MIN_SHARE} of them parse as. Typed values (JSON numbers and
 * booleans) count as their own type.
 */
final class TypeCounter {

    /** Below this share a column is text: a few stray values should not hide a numeric column, many should. */
    static final double MIN_SHARE = 0.95;

    private long values;
    private long integers;
    private long decimals;
    private long booleans;
    private long dates;
    private long timestamps;
    private long json;

    void add(Object value) {
        if (value == null || value instanceof String text && TextValues.isMissing(text)) {
            return;
        }
        values++;
        if (value instanceof String text) {
            addText(text);
        } else if (value instanceof Long) {
            integers++;
            decimals++;
        } else if (value instanceof Double || value instanceof BigDecimal) {
            decimals++;
        } else if (value instanceof Boolean) {
            booleans++;
        } else if (value instanceof JsonText) {
            json++;
        } else if (value instanceof LocalDate) {
            dates++;
            timestamps++;
        } else if (value instanceof LocalDateTime || value instanceof OffsetDateTime) {
            timestamps++;
        }
    }

    private void addText(String text) {
        if (TextValues.integer(text) != null) {
            integers++;
        }
        if (TextValues.decimal(text) != null) {
            decimals++;
        }
        if (TextValues.bool(text) != null) {
            booleans++;
        }
        if (TextValues.date(text) != null) {
            dates++;
        }
        if (TextValues.timestamp(text) != null) {
            timestamps++;
        }
    }

    /** The family for the column; text (share 1) when nothing else fits, or when there were no values at all. */
    Inferred infer() {
        if (values == 0) {
            return new Inferred(TypeFamily.TEXT, new InferredType(1.0, 0));
        }
        if (json == values) {
            return inferred(TypeFamily.JSON, json);
        }
        if (share(booleans) >= MIN_SHARE) {
            return inferred(TypeFamily.BOOLEAN, booleans);
        }
        if (share(integers) >= MIN_SHARE && integers == decimals) {
            return inferred(TypeFamily.INTEGER, integers);
        }
        if (share(decimals) >= MIN_SHARE) {
            return inferred(TypeFamily.DECIMAL, decimals);
        }
        if (share(dates) >= MIN_SHARE && dates == timestamps) {
            return inferred(TypeFamily.DATE, dates);
        }
        if (share(timestamps) >= MIN_SHARE) {
            return inferred(TypeFamily.TIMESTAMP, timestamps);
        }
        return new Inferred(TypeFamily.TEXT, new InferredType(1.0, values));
    }

    private double share(long count) {
        return (double) count / values;
    }

    private Inferred inferred(TypeFamily family, long count) {
        return new Inferred(family, new InferredType(share(count), values));
    }

    record Inferred(TypeFamily family, InferredType type) {
    }

    /** The value as the profilers read a column of {@code family}; null when it is missing or does not parse. */
    static Object convert(TypeFamily family, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return TextValues.isMissing(text) ? null : parse(family, text);
        }
        return switch (family) {
            case INTEGER -> value instanceof Long ? value : null;
            case DECIMAL, FLOAT -> value instanceof Number ? value : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case DATE -> value instanceof LocalDate ? value : null;
            case TIMESTAMP -> value instanceof Temporal ? value : null;
            case TIME -> value instanceof LocalTime ? value : null;
            case BINARY -> value;
            default -> value instanceof byte[] ? value : value.toString();
        };
    }

    private static Object parse(TypeFamily family, String text) {
        return switch (family) {
            case INTEGER -> TextValues.integer(text);
            case DECIMAL, FLOAT -> TextValues.decimal(text);
            case BOOLEAN -> TextValues.bool(text);
            case DATE -> TextValues.date(text);
            case TIMESTAMP -> TextValues.timestamp(text);
            default -> text;
        };
    }
}
