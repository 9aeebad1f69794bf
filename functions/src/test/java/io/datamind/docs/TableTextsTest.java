package io.datamind.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableTotals;
import io.datamind.scan.RowCount;
import io.datamind.scan.TypeFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTextsTest {

    private final TableEntry clicks = entry(DictionaryFixtures.hybrid(), DictionaryFixtures.CLICKS);

    @Test
    void namesWhatAHybridProfileCountedOverEveryRow() {
        assertThat(TableTexts.totals(clicks.profile())).isEqualTo(
                "nulls, empty strings, ranges, true/false and sizes in bytes counted over all 10,000,000 rows in 2.6 s");
    }

    @Test
    void namesOnlyTheFiguresItsColumnsCarry() {
        ColumnProfile count = integer("qty").withTotals(new ColumnTotals(3, 0.003, new ColumnTotals.NumberRange(0, 9), null,
                null, null, null));
        ColumnProfile allNull = integer("gone").withTotals(new ColumnTotals(1_000, 1.0, null, null, null, null, null));
        TableProfile profile = new TableProfile(DictionaryFixtures.CLICKS, true, "TABLESAMPLE SYSTEM (10)", 100, 5,
                List.of(count, allNull), new TableTotals(1_000, 40));

        assertThat(TableTexts.totals(profile)).isEqualTo("nulls and ranges counted over all 1,000 rows in 0.0 s");
        assertThat(TableTexts.totals(new TableProfile(DictionaryFixtures.CLICKS, true, "TABLESAMPLE SYSTEM (10)", 100, 5,
                List.of(allNull), new TableTotals(1_000, 40)))).isEqualTo("nulls counted over all 1,000 rows in 0.0 s");
    }

    @Test
    void saysNothingOfTotalsForAnyOtherProfile() {
        TableEntry sampled = entry(DictionaryFixtures.shop(), DictionaryFixtures.ORDER_ITEMS);

        assertThat(TableTexts.totals(sampled.profile())).isEmpty();
        assertThat(TableTexts.totals(null)).isEmpty();
        assertThat(sampled.profile().columns()).allSatisfy(c -> assertThat(TableTexts.uncountedRange(c)).isEmpty());
    }

    @Test
    void prefersTheCountedRowsOnlyWhereTheCatalogEstimated() {
        assertThat(clicks.schema().rowCount()).isEqualTo(RowCount.estimated(9_998_000));
        assertThat(TableTexts.rowCount(clicks)).isEqualTo(RowCount.exact(10_000_000));

        TableEntry sample = entry(DictionaryFixtures.hybridAsSample(), DictionaryFixtures.CLICKS);
        assertThat(TableTexts.rowCount(sample)).isEqualTo(RowCount.estimated(9_998_000));
        TableEntry customers = entry(DictionaryFixtures.shop(), DictionaryFixtures.CUSTOMERS);
        assertThat(TableTexts.rowCount(customers)).isEqualTo(RowCount.exact(1_000));
        assertThat(TableTexts.rowCount(entry(DictionaryFixtures.shop(), DictionaryFixtures.LEGACY_AUDIT))).isNull();
    }

    @Test
    void explainsANumericRangeLeftOutForNanOrInfinity() {
        assertThat(TableTexts.uncountedRange(column(clicks, "score"))).isEqualTo("not counted, the values include NaN or an infinity");
        assertThat(TableTexts.uncountedRange(column(clicks, "amount"))).as("has a range").isEmpty();
        assertThat(TableTexts.uncountedRange(column(clicks, "only_null"))).as("holds no value").isEmpty();
        assertThat(TableTexts.uncountedRange(column(clicks, "label"))).as("not numeric").isEmpty();
    }

    private static ColumnProfile integer(String name) {
        return new ColumnProfile(name, TypeFamily.INTEGER, 100, 0, 0.0, null, null, null, null, null, null, null, null, null);
    }

    static TableEntry entry(DataDictionary dictionary, io.datamind.scan.TableRef table) {
        return dictionary.tables().stream().filter(e -> e.table().equals(table)).findFirst().orElseThrow();
    }

    static ColumnProfile column(TableEntry entry, String name) {
        return entry.profile().column(name).orElseThrow();
    }
}
