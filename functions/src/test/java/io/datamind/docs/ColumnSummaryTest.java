package io.datamind.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnSummaryTest {

    private final TableEntry hybrid = TableTextsTest.entry(DictionaryFixtures.hybrid(), DictionaryFixtures.CLICKS);
    private final TableEntry sample = TableTextsTest.entry(DictionaryFixtures.hybridAsSample(), DictionaryFixtures.CLICKS);

    @Test
    void aHybridProfileStatesTheExactFiguresAndLabelsEveryFigureWithItsRows() {
        assertThat(summary(hybrid, "amount"))
                .isEqualTo("nulls 9.1% (all rows) · distinct 1,400 (sample) · range -300 … 9,999,999.99 (all rows), mean 87.25 (sample)");
        assertThat(summary(hybrid, "clicked_on")).isEqualTo("nulls 0.0% (all rows) · distinct 1,500 (sample) · range 2020-01-01 … 2099-12-31 (all rows)");
        assertThat(summary(hybrid, "label")).isEqualTo("nulls 7.7% (all rows) · distinct 17 (sample) · length 4 … 6 (sample) · empty strings 1 (all rows)");
        assertThat(summary(hybrid, "is_bot")).isEqualTo("nulls 5.9% (all rows) · distinct 2 (sample) · true 33.3% (all rows)");
        assertThat(summary(hybrid, "payload")).isEqualTo("nulls 11.1% (all rows) · size 0 … 4,096 B (all rows)");
        assertThat(summary(hybrid, "only_null")).isEqualTo("nulls 100.0% (all rows) · distinct 0 (sample)");
    }

    @Test
    void withoutAnExactRangeTheSamplesIsShownAsTheSamples() {
        assertThat(summary(hybrid, "score")).isEqualTo("nulls 0.0% (all rows) · distinct 10,007 (sample) · range 0 … 2,502, mean 1,251 (sample)");
    }

    @Test
    void theSameSampleWithoutTotalsReadsAsBefore() {
        assertThat(summary(sample, "amount")).isEqualTo("nulls 8.7% · distinct 1,400 · range -300 … 699.5, mean 87.25");
        assertThat(summary(sample, "clicked_on")).isEqualTo("nulls 0.0% · distinct 1,500 · range 2020-01-01 … 2024-02-08");
        assertThat(summary(sample, "label")).isEqualTo("nulls 7.0% · distinct 17 · length 4 … 6");
        assertThat(summary(sample, "is_bot")).isEqualTo("nulls 5.0% · distinct 2 · true 33.0%");
        assertThat(summary(sample, "payload")).isEqualTo("nulls 10.4% · size 0 … 63 B");
        assertThat(ColumnSummary.of(null)).isEmpty();
    }

    private static String summary(TableEntry entry, String column) {
        return ColumnSummary.of(TableTextsTest.column(entry, column));
    }
}
