package io.datamind.scan.sqlite;

import io.datamind.scan.TypeFamily;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite stores any value in any column; the declared type only sets an affinity. Names that say what the
 * application means (BOOLEAN, DATE, DATETIME, JSON, UUID) are honoured first, then SQLite's own affinity rules
 * (https://www.sqlite.org/datatype3.html#determination_of_column_affinity) in their documented order.
 */
final class SqliteTypes {

    private static final Pattern LENGTH = Pattern.compile("\\(\\s*(\\d+)\\s*\\)");

    private SqliteTypes() {
    }

    static TypeFamily family(String declaredType) {
        String type = declaredType == null ? "" : declaredType.toUpperCase(Locale.ROOT).trim();
        if (type.isEmpty()) {
            return TypeFamily.OTHER;
        }
        if (type.startsWith("BOOL")) {
            return TypeFamily.BOOLEAN;
        }
        if (type.contains("DATETIME") || type.contains("TIMESTAMP")) {
            return TypeFamily.TIMESTAMP;
        }
        if (type.contains("DATE")) {
            return TypeFamily.DATE;
        }
        if (type.startsWith("TIME")) {
            return TypeFamily.TIME;
        }
        if (type.startsWith("JSON")) {
            return TypeFamily.JSON;
        }
        if (type.startsWith("UUID")) {
            return TypeFamily.UUID;
        }
        return affinity(type);
    }

    private static TypeFamily affinity(String type) {
        if (type.contains("INT")) {
            return TypeFamily.INTEGER;
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return TypeFamily.TEXT;
        }
        if (type.contains("BLOB")) {
            return TypeFamily.BINARY;
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return TypeFamily.FLOAT;
        }
        if (type.contains("NUMERIC") || type.contains("DECIMAL")) {
            return TypeFamily.DECIMAL;
        }
        return TypeFamily.OTHER;
    }

    /** VARCHAR(120) → 120; SQLite does not enforce it, but the schema author declared it. */
    static Integer maxLength(String declaredType) {
        String type = declaredType == null ? "" : declaredType.toUpperCase(Locale.ROOT);
        if (!type.contains("CHAR")) {
            return null;
        }
        Matcher length = LENGTH.matcher(type);
        return length.find() ? Integer.valueOf(length.group(1)) : null;
    }
}
