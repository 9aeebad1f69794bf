package io.datamind.scan.mysql;

import io.datamind.scan.TypeFamily;
import java.util.Locale;
import java.util.Map;

/** Maps MySQL/MariaDB information_schema.columns (data_type, column_type) to a {@link TypeFamily}. */
final class MySqlTypes {

    private static final Map<String, TypeFamily> BY_DATA_TYPE = Map.ofEntries(
            Map.entry("tinyint", TypeFamily.INTEGER), Map.entry("smallint", TypeFamily.INTEGER),
            Map.entry("mediumint", TypeFamily.INTEGER), Map.entry("int", TypeFamily.INTEGER),
            Map.entry("integer", TypeFamily.INTEGER), Map.entry("bigint", TypeFamily.INTEGER),
            Map.entry("year", TypeFamily.INTEGER),
            Map.entry("decimal", TypeFamily.DECIMAL), Map.entry("numeric", TypeFamily.DECIMAL),
            Map.entry("float", TypeFamily.FLOAT), Map.entry("double", TypeFamily.FLOAT),
            Map.entry("real", TypeFamily.FLOAT),
            Map.entry("bool", TypeFamily.BOOLEAN), Map.entry("boolean", TypeFamily.BOOLEAN),
            Map.entry("char", TypeFamily.TEXT), Map.entry("varchar", TypeFamily.TEXT),
            Map.entry("tinytext", TypeFamily.TEXT), Map.entry("text", TypeFamily.TEXT),
            Map.entry("mediumtext", TypeFamily.TEXT), Map.entry("longtext", TypeFamily.TEXT),
            Map.entry("enum", TypeFamily.TEXT), Map.entry("set", TypeFamily.TEXT),
            Map.entry("inet4", TypeFamily.TEXT), Map.entry("inet6", TypeFamily.TEXT),
            Map.entry("json", TypeFamily.JSON),
            Map.entry("binary", TypeFamily.BINARY), Map.entry("varbinary", TypeFamily.BINARY),
            Map.entry("tinyblob", TypeFamily.BINARY), Map.entry("blob", TypeFamily.BINARY),
            Map.entry("mediumblob", TypeFamily.BINARY), Map.entry("longblob", TypeFamily.BINARY),
            Map.entry("bit", TypeFamily.BINARY),
            Map.entry("date", TypeFamily.DATE), Map.entry("time", TypeFamily.TIME),
            Map.entry("datetime", TypeFamily.TIMESTAMP), Map.entry("timestamp", TypeFamily.TIMESTAMP),
            Map.entry("uuid", TypeFamily.UUID),
            Map.entry("geometry", TypeFamily.GEOMETRY), Map.entry("point", TypeFamily.GEOMETRY),
            Map.entry("linestring", TypeFamily.GEOMETRY), Map.entry("polygon", TypeFamily.GEOMETRY),
            Map.entry("multipoint", TypeFamily.GEOMETRY), Map.entry("multilinestring", TypeFamily.GEOMETRY),
            Map.entry("multipolygon", TypeFamily.GEOMETRY), Map.entry("geometrycollection", TypeFamily.GEOMETRY),
            Map.entry("geomcollection", TypeFamily.GEOMETRY));

    private MySqlTypes() {
    }

    /**
     * @param dataType   information_schema.columns.data_type ("tinyint")
     * @param columnType information_schema.columns.column_type ("tinyint(1) unsigned")
     */
    static TypeFamily family(String dataType, String columnType) {
        String type = dataType.toLowerCase(Locale.ROOT);
        String full = columnType.toLowerCase(Locale.ROOT);
        // tinyint(1) is how MySQL spells BOOLEAN, and bit(1) is the other common flag column.
        if ((type.equals("tinyint") && full.startsWith("tinyint(1)")) || (type.equals("bit") && full.startsWith("bit(1)"))) {
            return TypeFamily.BOOLEAN;
        }
        return BY_DATA_TYPE.getOrDefault(type, TypeFamily.OTHER);
    }

    /** Only character types are "bounded"; text/blob report their storage limit, which says nothing. */
    static Integer maxLength(String dataType, Long characterMaximumLength) {
        String type = dataType.toLowerCase(Locale.ROOT);
        boolean bounded = type.equals("char") || type.equals("varchar");
        return bounded && characterMaximumLength != null ? Math.toIntExact(characterMaximumLength) : null;
    }
}
