package io.datamind.scan.h2;

import io.datamind.scan.TypeFamily;
import java.util.Locale;
import java.util.Map;

/** Maps H2 2.x information_schema.columns.data_type (standard SQL type names) to a {@link TypeFamily}. */
final class H2Types {

    private static final Map<String, TypeFamily> BY_DATA_TYPE = Map.ofEntries(
            Map.entry("TINYINT", TypeFamily.INTEGER), Map.entry("SMALLINT", TypeFamily.INTEGER),
            Map.entry("INTEGER", TypeFamily.INTEGER), Map.entry("BIGINT", TypeFamily.INTEGER),
            Map.entry("NUMERIC", TypeFamily.DECIMAL), Map.entry("DECIMAL", TypeFamily.DECIMAL),
            Map.entry("DECFLOAT", TypeFamily.DECIMAL),
            Map.entry("REAL", TypeFamily.FLOAT), Map.entry("DOUBLE PRECISION", TypeFamily.FLOAT),
            Map.entry("BOOLEAN", TypeFamily.BOOLEAN),
            Map.entry("CHARACTER", TypeFamily.TEXT), Map.entry("CHARACTER VARYING", TypeFamily.TEXT),
            Map.entry("VARCHAR_IGNORECASE", TypeFamily.TEXT), Map.entry("CHARACTER LARGE OBJECT", TypeFamily.TEXT),
            Map.entry("ENUM", TypeFamily.TEXT),
            Map.entry("BINARY", TypeFamily.BINARY), Map.entry("BINARY VARYING", TypeFamily.BINARY),
            Map.entry("BINARY LARGE OBJECT", TypeFamily.BINARY), Map.entry("JAVA_OBJECT", TypeFamily.BINARY),
            Map.entry("DATE", TypeFamily.DATE),
            Map.entry("TIME", TypeFamily.TIME), Map.entry("TIME WITH TIME ZONE", TypeFamily.TIME),
            Map.entry("TIMESTAMP", TypeFamily.TIMESTAMP), Map.entry("TIMESTAMP WITH TIME ZONE", TypeFamily.TIMESTAMP),
            Map.entry("UUID", TypeFamily.UUID), Map.entry("JSON", TypeFamily.JSON),
            Map.entry("GEOMETRY", TypeFamily.GEOMETRY), Map.entry("ARRAY", TypeFamily.ARRAY));

    private H2Types() {
    }

    static TypeFamily family(String dataType) {
        String type = dataType.toUpperCase(Locale.ROOT);
        if (type.startsWith("INTERVAL")) {
            return TypeFamily.INTERVAL;
        }
        return BY_DATA_TYPE.getOrDefault(type, TypeFamily.OTHER);
    }

    /** Fixed and varying character types carry a declared length; LOBs and JSON report a storage limit instead. */
    static boolean hasDeclaredLength(String dataType) {
        String type = dataType.toUpperCase(Locale.ROOT);
        return type.equals("CHARACTER") || type.equals("CHARACTER VARYING") || type.equals("VARCHAR_IGNORECASE")
                || type.equals("BINARY") || type.equals("BINARY VARYING");
    }

    static boolean isCharacter(String dataType) {
        return family(dataType) == TypeFamily.TEXT && hasDeclaredLength(dataType);
    }
}
