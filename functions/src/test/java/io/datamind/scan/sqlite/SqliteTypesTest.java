package io.datamind.scan.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.TypeFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqliteTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INTEGER|INTEGER", "int|INTEGER", "BIGINT|INTEGER", "UNSIGNED BIG INT|INTEGER", "MEDIUMINT|INTEGER",
            "VARCHAR(120)|TEXT", "NVARCHAR(50)|TEXT", "CHARACTER(20)|TEXT", "TEXT|TEXT", "CLOB|TEXT",
            "BLOB|BINARY", "|OTHER",
            "REAL|FLOAT", "DOUBLE|FLOAT", "DOUBLE PRECISION|FLOAT", "FLOAT|FLOAT",
            "NUMERIC|DECIMAL", "DECIMAL(10,5)|DECIMAL",
            "BOOLEAN|BOOLEAN", "bool|BOOLEAN", "DATE|DATE", "DATETIME|TIMESTAMP", "TIMESTAMP|TIMESTAMP",
            "TIME|TIME", "JSON|JSON", "UUID|UUID", "MONEY|OTHER"})
    void mapsByAffinity(String declaredType, TypeFamily family) {
        assertThat(SqliteTypes.family(declaredType)).isEqualTo(family);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"VARCHAR(120)|120", "character( 20 )|20", "NCHAR(2)|2"})
    void characterTypesCarryTheirDeclaredLength(String declaredType, int length) {
        assertThat(SqliteTypes.maxLength(declaredType)).isEqualTo(length);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"TEXT", "DECIMAL(10,2)", "VARCHAR"})
    void otherTypesHaveNoLength(String declaredType) {
        assertThat(SqliteTypes.maxLength(declaredType)).isNull();
    }
}
