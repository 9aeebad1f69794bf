package io.datamind.describe.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

    @ParameterizedTest
    @CsvSource({
            "customer_id, customer id",
            "customerId, customer id",
            "CustomerID, customer id",
            "HTTPServerURL, http server url",
            "address2, address 2",
            "ORDER-DATE, order date",
            "line_1_text, line 1 text",
            "__weird__Name__, weird name"})
    void splitsSnakeCamelPascalAndDigits(String identifier, String words) {
        assertThat(String.join(" ", NameWords.split(identifier))).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({
            "cust_addr, customer address",
            "ord_qty, order quantity",
            "unit_amt, unit amount",
            "txn_ref_no, transaction reference number",
            "zip_code, ZIP code",
            "zip, ZIP code",
            "dob, date of birth",
            "emp_dept_nbr, employee department number",
            "avg_pct, average percentage",
            "src_tz, source time zone",
            "lat, latitude",
            "lng, longitude",
            "sku_uom, stock keeping unit unit of measure",
            "usr_acct_msg_cnt, user account message count",
            "prod_cat_desc, product category description"})
    void expandsAbbreviations(String identifier, String phrase) {
        assertThat(Abbreviations.phrase(NameWords.split(identifier))).isEqualTo(phrase);
    }

    @ParameterizedTest
    @CsvSource({
            "customers, customer", "categories, category", "addresses, address", "boxes, box",
            "statuses, status", "staff, staff", "people, person", "movies, movie", "address, address",
            "analysis, analysis", "film, film", "warehouses, warehouse", "houses, house", "causes, cause",
            "purchases, purchase", "buses, bus"})
    void singularizes(String plural, String singular) {
        assertThat(Inflector.singular(plural)).isEqualTo(singular);
    }

    @ParameterizedTest
    @CsvSource({
            "rental, rentals", "category, categories", "address, addresses", "day, days", "staff, staff",
            "person, people", "status, statuses", "batch, batches"})
    void pluralizes(String singular, String plural) {
        assertThat(Inflector.plural(singular)).isEqualTo(plural);
    }

    @Test
    void entityNounComesFromTheTableNameInBothNumbers() {
        assertThat(EntityNoun.fromTableName("customer_addresses"))
                .isEqualTo(new EntityNoun("customer address", "customer addresses"));
        assertThat(EntityNoun.fromTableName("tbl_OrderLines")).isEqualTo(new EntityNoun("order line", "order lines"));
        assertThat(EntityNoun.fromTableName("cust_addr")).isEqualTo(new EntityNoun("customer address",
                "customer addresses"));
        assertThat(EntityNoun.fromTableName("rental").counted(1)).isEqualTo("1 rental");
        assertThat(EntityNoun.fromTableName("rental").counted(16_044)).isEqualTo("16,044 rentals");
    }

    @Test
    void figuresAreWrittenForPeople() {
        assertThat(Figures.count(16_044)).isEqualTo("16,044");
        assertThat(Figures.count(7)).isEqualTo("7");
        assertThat(Figures.percent(183, 16_044)).isEqualTo("1.1%");
        assertThat(Figures.percent(1, 100_000)).isEqualTo("<0.1%");
        assertThat(Figures.percent(99_999, 100_000)).isEqualTo(">99.9%");
        assertThat(Figures.percent(1, 2)).isEqualTo("50%");
        assertThat(Figures.percent(0, 0)).isEqualTo("0%");
        assertThat(Figures.number(11.99)).isEqualTo("11.99");
        assertThat(Figures.number(1234.5)).isEqualTo("1,234.5");
        assertThat(Figures.number(-3)).isEqualTo("-3");
        assertThat(Figures.number(0.00012)).isEqualTo("0.0001");
    }
}
