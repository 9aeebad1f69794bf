package io.datamind.scan.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.TypeFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class H2TypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TINYINT|INTEGER", "SMALLINT|INTEGER", "INTEGER|INTEGER", "BIGINT|INTEGER",
            "NUMERIC|DECIMAL", "DECFLOAT|DECIMAL", "REAL|FLOAT", "DOUBLE PRECISION|FLOAT", "BOOLEAN|BOOLEAN",
            "CHARACTER|TEXT", "CHARACTER VARYING|TEXT", "VARCHAR_IGNORECASE|TEXT", "CHARACTER LARGE OBJECT|TEXT",
            "ENUM|TEXT", "BINARY|BINARY", "BINARY VARYING|BINARY", "BINARY LARGE OBJECT|BINARY",
            "JAVA_OBJECT|BINARY", "DATE|DATE", "TIME|TIME", "TIME WITH TIME ZONE|TIME", "TIMESTAMP|TIMESTAMP",
            "TIMESTAMP WITH TIME ZONE|TIMESTAMP", "INTERVAL|INTERVAL", "INTERVAL YEAR TO MONTH|INTERVAL",
            "UUID|UUID", "JSON|JSON", "GEOMETRY|GEOMETRY", "ARRAY|ARRAY", "ROW|OTHER"})
    void mapsStandardTypeNames(String dataType, TypeFamily family) {
        assertThat(H2Types.family(dataType)).isEqualTo(family);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"CHARACTER|true", "CHARACTER VARYING|true", "BINARY VARYING|false",
            "CHARACTER LARGE OBJECT|false", "JSON|false"})
    void onlyCharacterTypesHaveAMaximumLength(String dataType, boolean bounded) {
        assertThat(H2Types.isCharacter(dataType)).isEqualTo(bounded);
    }
}
