package io.datamind.relate;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.TypeFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRulesTest {

    @ParameterizedTest
    @CsvSource(value = {
            "customer_id, customer", "CustomerID, customer", "customerId, customer", "customers_id, customer",
            "id_customer, customer", "customerid, customer", "film_category_id, film_category", "id, ''",
            "zip_code, ''", "paid, ''", "valid, ''", "void_flag, ''"})
    void readsTheEntityOutOfIdColumnNames(String column, String entity) {
        assertThat(EntityIdRule.entityOf(Names.words(column))).isEqualTo(entity);
    }

    @ParameterizedTest
    @CsvSource({"customers, customer", "tbl_order_lines, order_line", "Categories, category", "staff, staff"})
    void tableNamesBecomeSingularEntities(String table, String entity) {
        assertThat(Names.entityOfTable(table)).isEqualTo(entity);
    }

    @ParameterizedTest
    @CsvSource({
            "INTEGER, INTEGER, true", "TEXT, TEXT, true", "UUID, UUID, true", "INTEGER, TEXT, false",
            "UUID, TEXT, false", "INTEGER, DECIMAL, false", "DATE, DATE, false", "BOOLEAN, BOOLEAN, false"})
    void keyTypesMustBeCompatible(TypeFamily column, TypeFamily key, boolean compatible) {
        assertThat(TypeCompatibility.compatible(column, key)).isEqualTo(compatible);
    }
}
