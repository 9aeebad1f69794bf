package io.datamind.scan.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.TypeFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresTypesTest {

    @ParameterizedTest
    @CsvSource({
            "int2, INTEGER", "int4, INTEGER", "int8, INTEGER", "oid, INTEGER",
            "numeric, DECIMAL", "money, DECIMAL", "float4, FLOAT", "float8, FLOAT", "bool, BOOLEAN",
            "bpchar, TEXT", "varchar, TEXT", "text, TEXT", "citext, TEXT", "name, TEXT", "char, TEXT",
            "inet, TEXT", "cidr, TEXT", "macaddr, TEXT", "macaddr8, TEXT", "xml, TEXT",
            "date, DATE", "time, TIME", "timetz, TIME", "timestamp, TIMESTAMP", "timestamptz, TIMESTAMP",
            "interval, INTERVAL", "uuid, UUID", "json, JSON", "jsonb, JSON", "bytea, BINARY",
            "geometry, GEOMETRY", "geography, GEOMETRY", "point, GEOMETRY", "polygon, GEOMETRY", "circle, GEOMETRY",
            "tsvector, OTHER", "tsquery, OTHER", "int4range, OTHER", "hstore, OTHER"})
    void mapsBaseTypes(String typeName, TypeFamily family) {
        assertThat(PostgresTypes.family(typeName, "b", "X")).isEqualTo(family);
    }

    @ParameterizedTest
    @CsvSource({"_int4", "_text", "_jsonb"})
    void arraysAreArraysWhateverTheirElement(String typeName) {
        assertThat(PostgresTypes.family(typeName, "b", "A")).isEqualTo(TypeFamily.ARRAY);
    }

    @ParameterizedTest
    @CsvSource({"mood", "order_status"})
    void enumsAreText(String typeName) {
        assertThat(PostgresTypes.family(typeName, "e", "E")).isEqualTo(TypeFamily.TEXT);
    }

    @ParameterizedTest
    @CsvSource({"varchar, 124, 120", "bpchar, 7, 3"})
    void boundedCharacterTypesCarryTheirLength(String typeName, int typeModifier, int length) {
        assertThat(PostgresTypes.maxLength(typeName, typeModifier)).isEqualTo(length);
    }

    @ParameterizedTest
    @CsvSource({"varchar, -1", "text, -1", "numeric, 786438"})
    void otherTypesHaveNoLength(String typeName, int typeModifier) {
        assertThat(PostgresTypes.maxLength(typeName, typeModifier)).isNull();
    }
}
