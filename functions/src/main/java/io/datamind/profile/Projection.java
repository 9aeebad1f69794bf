package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.TypeFamily;
import java.util.List;

/** What the profile query selects for one column, so that large or opaque values never cross the wire. */
enum Projection {
    /** The value itself. */
    VALUE,
    /** Character length plus the first {@link #PREFIX_CHARS} characters: unbounded text, JSON, other. */
    LENGTH_AND_PREFIX,
    /** Byte length only: binary and geometry values are never fetched. */
    BYTE_LENGTH;

    static final int PREFIX_CHARS = 256;
    static final int MAX_BOUNDED_TEXT = 1000;

    static Projection of(ColumnSchema column) {
        TypeFamily family = column.family();
        if (family.isOpaque()) {
            return BYTE_LENGTH;
        }
        if (family == TypeFamily.JSON || family == TypeFamily.OTHER) {
            return LENGTH_AND_PREFIX;
        }
        if (family == TypeFamily.TEXT && (column.maxLength() == null || column.maxLength() > MAX_BOUNDED_TEXT)) {
            return LENGTH_AND_PREFIX;
        }
        return VALUE;
    }

    /** The first {@link #PREFIX_CHARS} characters (code points) of a text. */
    static String prefix(String text) {
        if (text.length() <= PREFIX_CHARS) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.min(PREFIX_CHARS, text.codePointCount(0, text.length())));
        return text.substring(0, end);
    }

    List<String> expressions(Dialect dialect, String quotedColumn) {
        return switch (this) {
            case VALUE -> List.of(quotedColumn);
            case LENGTH_AND_PREFIX -> List.of(dialect.charLengthExpression(quotedColumn, PREFIX_CHARS),
                    dialect.prefixExpression(quotedColumn, PREFIX_CHARS));
            case BYTE_LENGTH -> List.of(dialect.byteLengthExpression(quotedColumn));
        };
    }
}
