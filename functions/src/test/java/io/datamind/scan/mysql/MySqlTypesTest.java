package io.datamind.scan.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.TypeFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MySqlTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tinyint|tinyint(1)|BOOLEAN", "tinyint|tinyint(1) unsigned|BOOLEAN", "tinyint|tinyint(4)|INTEGER",
            "tinyint|tinyint|INTEGER", "bit|bit(1)|BOOLEAN", "bit|bit(8)|BINARY",
            "smallint|smallint(6)|INTEGER", "mediumint|mediumint(9)|INTEGER", "int|int(11)|INTEGER",
            "bigint|bigint(20) unsigned|INTEGER", "year|year(4)|INTEGER",
            "decimal|decimal(12,2)|DECIMAL", "float|float|FLOAT", "double|double|FLOAT",
            "char|char(3)|TEXT", "varchar|varchar(120)|TEXT", "tinytext|tinytext|TEXT", "text|text|TEXT",
            "mediumtext|mediumtext|TEXT", "longtext|longtext|TEXT", "enum|enum('a','b')|TEXT", "set|set('x')|TEXT",
            "json|json|JSON", "binary|binary(16)|BINARY", "varbinary|varbinary(64)|BINARY",
            "tinyblob|tinyblob|BINARY", "blob|blob|BINARY", "mediumblob|mediumblob|BINARY", "longblob|longblob|BINARY",
            "date|date|DATE", "time|time|TIME", "datetime|datetime(3)|TIMESTAMP", "timestamp|timestamp|TIMESTAMP",
            "geometry|geometry|GEOMETRY", "point|point|GEOMETRY", "linestring|linestring|GEOMETRY",
            "polygon|polygon|GEOMETRY", "multipolygon|multipolygon|GEOMETRY",
            "geometrycollection|geometrycollection|GEOMETRY", "uuid|uuid|UUID", "inet6|inet6|TEXT",
            "VARCHAR|VARCHAR(10)|TEXT", "vector|vector(3)|OTHER"})
    void mapsDataTypes(String dataType, String columnType, TypeFamily family) {
        assertThat(MySqlTypes.family(dataType, columnType)).isEqualTo(family);
    }

    @ParameterizedTest
    @CsvSource({"varchar, 120, 120", "char, 3, 3"})
    void boundedCharacterTypesCarryTheirLength(String dataType, long length, int expected) {
        assertThat(MySqlTypes.maxLength(dataType, length)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"text, 65535", "longtext, 4294967295", "varbinary, 64"})
    void unboundedOrBinaryTypesHaveNoLength(String dataType, long length) {
        assertThat(MySqlTypes.maxLength(dataType, length)).isNull();
    }
}
