package io.datamind.pipeline.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileSourceIdsTest {

    @Test
    void theIdFollowsTheLocationAndStaysInTheSafeAlphabet() {
        assertThat(FileSourceIds.of("s3://acme-landing/sales/2024/")).isEqualTo("acme-landing.sales.2024");
        assertThat(FileSourceIds.of("s3://acme-landing/sales/2024")).isEqualTo("acme-landing.sales.2024");
        assertThat(FileSourceIds.of("s3://b/in coming/orders+returns.csv")).isEqualTo("b.in-coming.orders-returns.csv");
        assertThat(FileSourceIds.of("s3://_b/x")).isEqualTo("files-_b.x");
    }

    @Test
    void longLocationsKeepAPrefixAndAHashSoTheyStayDistinct() {
        String base = "s3://bucket/" + "very-long-folder-name/".repeat(10);
        String first = FileSourceIds.of(base + "a/");
        String second = FileSourceIds.of(base + "b/");
        assertThat(first).hasSize(128).matches("[A-Za-z0-9._:-]+").isNotEqualTo(second);
        assertThat(first.substring(0, 111)).isEqualTo(second.substring(0, 111));
        assertThat(FileSourceIds.of(base + "a/")).isEqualTo(first);
    }
}
