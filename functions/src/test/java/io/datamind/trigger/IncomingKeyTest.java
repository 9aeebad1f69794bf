package io.datamind.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.trigger.IncomingKey.Kind;
import org.junit.jupiter.api.Test;

class IncomingKeyTest {

    @Test
    void keysMapToTheirDatasets() {
        IncomingKey nested = IncomingKey.of("incoming/sales/2026/orders.csv");
        assertThat(nested.kind()).isEqualTo(Kind.DATASET_FILE);
        assertThat(nested.datasetKey()).isEqualTo("incoming/sales/");
        assertThat(nested.dataset()).isEqualTo("sales");
        assertThat(nested.fileName()).isEqualTo("orders.csv");

        IncomingKey single = IncomingKey.of("incoming/orders.csv");
        assertThat(single.kind()).isEqualTo(Kind.SINGLE_FILE);
        assertThat(single.datasetKey()).isEqualTo("incoming/orders.csv");
        assertThat(single.dataset()).isNull();

        assertThat(IncomingKey.of("incoming/sales/_manifest.json").kind()).isEqualTo(Kind.MANIFEST);
        assertThat(IncomingKey.of("incoming/sales/2026/_manifest.json").kind()).isEqualTo(Kind.MISPLACED_MANIFEST);
        assertThat(IncomingKey.of("incoming/_manifest.json").kind()).isEqualTo(Kind.MISPLACED_MANIFEST);
        assertThat(IncomingKey.of("incoming/sales/").kind()).isEqualTo(Kind.IGNORED);
        assertThat(IncomingKey.of("incoming/sales/.keep").kind()).isEqualTo(Kind.IGNORED);
        assertThat(IncomingKey.of("incoming//orders.csv").kind()).isEqualTo(Kind.IGNORED);
        assertThat(IncomingKey.of("incoming").kind()).isEqualTo(Kind.OUTSIDE_INCOMING);
        assertThat(IncomingKey.of("Incoming/orders.csv").kind()).isEqualTo(Kind.OUTSIDE_INCOMING);
    }

    @Test
    void manifestRulesAreConfiguredPerDatasetOrForAll() {
        UploadRules some = UploadRules.of("in", " sales , clicks ,");
        assertThat(some.waitsForManifest("sales")).isTrue();
        assertThat(some.waitsForManifest("orders")).isFalse();
        assertThat(some.waitsForManifest(null)).isFalse();
        assertThat(UploadRules.of(null, "*").waitsForManifest("anything")).isTrue();
        assertThat(UploadRules.of(null, "").accepts("any-bucket")).isTrue();
        assertThat(some.accepts("other")).isFalse();
    }
}
