package io.datamind.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void groupsCounts() {
        assertThat(Figures.count(0)).isEqualTo("0");
        assertThat(Figures.count(999)).isEqualTo("999");
        assertThat(Figures.count(1_000)).isEqualTo("1,000");
        assertThat(Figures.count(12_345_678)).isEqualTo("12,345,678");
        assertThat(Figures.count(-1_234)).isEqualTo("-1,234");
        assertThat(Figures.count(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    }

    @Test
    void formatsPercentagesToOneDecimal() {
        assertThat(Figures.percent(0)).isEqualTo("0.0%");
        assertThat(Figures.percent(0.0004)).isEqualTo("<0.1%");
        assertThat(Figures.percent(0.0123)).isEqualTo("1.2%");
        assertThat(Figures.percent(0.99999)).isEqualTo("100.0%");
        assertThat(Figures.percent(1)).isEqualTo("100.0%");
    }

    @Test
    void formatsNumbersReadably() {
        assertThat(Figures.number(1250)).isEqualTo("1,250");
        assertThat(Figures.number(624.998)).isEqualTo("625");
        assertThat(Figures.number(48_211.5)).isEqualTo("48,212");
        assertThat(Figures.number(0.123456)).isEqualTo("0.1235");
        assertThat(Figures.number(-2.5)).isEqualTo("-2.5");
        assertThat(Figures.number(1e20)).isEqualTo("1.000E+20");
        assertThat(Figures.number(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void writesExactExtremesWithEveryDigitTheyHold() {
        assertThat(Figures.exactNumber(9_999_999.99)).as("number() would round it to 10,000,000").isEqualTo("9,999,999.99");
        assertThat(Figures.exactNumber(-300)).isEqualTo("-300");
        assertThat(Figures.exactNumber(-0.5)).isEqualTo("-0.5");
        assertThat(Figures.exactNumber(-1_234.125)).isEqualTo("-1,234.125");
        assertThat(Figures.exactNumber(0)).isEqualTo("0");
        assertThat(Figures.exactNumber(0.1)).isEqualTo("0.1");
        assertThat(Figures.exactNumber(10_000_000)).isEqualTo("10,000,000");
        assertThat(Figures.exactNumber(0.000123456789)).isEqualTo("0.000123456789");
        assertThat(Figures.exactNumber(99.99999954230651)).as("a float's last digits are noise").isEqualTo("99.9999995423");
        assertThat(Figures.exactNumber(0.000017573742128185188)).isEqualTo("0.0000175737421282");
        assertThat(Figures.exactNumber(123_456_789_012.34)).as("past 12 digits").isEqualTo("123,456,789,012");
        assertThat(Figures.exactNumber(1e20)).as("past a double's exact decimals").isEqualTo("1.000E+20");
        assertThat(Figures.exactNumber(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void writesDurationsInSecondsToOneDecimal() {
        assertThat(Figures.seconds(2_600)).isEqualTo("2.6 s");
        assertThat(Figures.seconds(42)).isEqualTo("0.0 s");
        assertThat(Figures.seconds(61_250)).isEqualTo("61.3 s");
    }
}
