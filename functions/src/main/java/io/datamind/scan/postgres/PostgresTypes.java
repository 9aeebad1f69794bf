package io.datamind.scan.postgres;

import io.datamind.scan.TypeFamily;
import java.util.Map;

/** Maps PostgreSQL's internal type names (pg_type.typname, domains resolved to their base) to a {@link TypeFamily}. */
final class PostgresTypes {

    private static final Map<String, TypeFamily> BY_NAME = Map.ofEntries(
            Map.entry("int2", TypeFamily.INTEGER), Map.entry("int4", TypeFamily.INTEGER),
            Map.entry("int8", TypeFamily.INTEGER), Map.entry("oid", TypeFamily.INTEGER),
            Map.entry("numeric", TypeFamily.DECIMAL), Map.entry("money", TypeFamily.DECIMAL),
            Map.entry("float4", TypeFamily.FLOAT), Map.entry("float8", TypeFamily.FLOAT),
            Map.entry("bool", TypeFamily.BOOLEAN),
            Map.entry("bpchar", TypeFamily.TEXT), Map.entry("varchar", TypeFamily.TEXT),
            Map.entry("text", TypeFamily.TEXT), Map.entry("citext", TypeFamily.TEXT),
            Map.entry("name", TypeFamily.TEXT), Map.entry("char", TypeFamily.TEXT),
            Map.entry("inet", TypeFamily.TEXT), Map.entry("cidr", TypeFamily.TEXT),
            Map.entry("macaddr", TypeFamily.TEXT), Map.entry("macaddr8", TypeFamily.TEXT),
            Map.entry("xml", TypeFamily.TEXT),
            Map.entry("date", TypeFamily.DATE),
            Map.entry("time", TypeFamily.TIME), Map.entry("timetz", TypeFamily.TIME),
            Map.entry("timestamp", TypeFamily.TIMESTAMP), Map.entry("timestamptz", TypeFamily.TIMESTAMP),
            Map.entry("interval", TypeFamily.INTERVAL),
            Map.entry("uuid", TypeFamily.UUID),
            Map.entry("json", TypeFamily.JSON), Map.entry("jsonb", TypeFamily.JSON),
            Map.entry("bytea", TypeFamily.BINARY),
            Map.entry("geometry", TypeFamily.GEOMETRY), Map.entry("geography", TypeFamily.GEOMETRY),
            Map.entry("point", TypeFamily.GEOMETRY), Map.entry("line", TypeFamily.GEOMETRY),
            Map.entry("lseg", TypeFamily.GEOMETRY), Map.entry("box", TypeFamily.GEOMETRY),
            Map.entry("path", TypeFamily.GEOMETRY), Map.entry("polygon", TypeFamily.GEOMETRY),
            Map.entry("circle", TypeFamily.GEOMETRY));

    private PostgresTypes() {
    }

    /**
     * @param typeName pg_type.typname of the column's type (of the base type for a domain)
     * @param typeType pg_type.typtype: "e" for enums
     * @param category pg_type.typcategory: "A" for arrays
     */
    static TypeFamily family(String typeName, String typeType, String category) {
        if ("A".equals(category)) {
            return TypeFamily.ARRAY;
        }
        if ("e".equals(typeType)) {
            return TypeFamily.TEXT;
        }
        return BY_NAME.getOrDefault(typeName, TypeFamily.OTHER);
    }

    /** Declared length of a bounded character type: atttypmod carries it plus a 4-byte header. */
    static Integer maxLength(String typeName, int typeModifier) {
        boolean boundedText = typeName.equals("varchar") || typeName.equals("bpchar");
        return boundedText && typeModifier > 4 ? typeModifier - 4 : null;
    }
}
