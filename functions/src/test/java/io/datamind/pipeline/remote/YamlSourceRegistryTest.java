package io.datamind.pipeline.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.profile.ProfileMode;
import io.datamind.scan.TableRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class YamlSourceRegistryTest {

    @Test
    void theSampleRegistryInEventsIsValid() {
        SourceRegistry registry = YamlSourceRegistry.of(Path.of("..", "events", "sources.yaml"));

        RegisteredSource shop = registry.require("shop");
        assertThat(shop.displayName()).isEqualTo("Shop database");
        assertThat(registry.all()).extracting(RegisteredSource::id).containsExactly("shop", "landing");
        assertThat(shop.secretArn()).startsWith("arn:aws:secretsmanager:");
        assertThat(shop.schemas()).containsExactly("sales", "hr");
        assertThat(shop.options()).isEqualTo(new RequestOptions(ProfileMode.AUTO, 100_000L, 10));
        assertThat(shop.filter().accepts(new TableRef("sales", "orders"))).isTrue();
        assertThat(shop.filter().accepts(new TableRef("sales", "orders_backup"))).isFalse();
        assertThat(shop.filter().accepts(new TableRef("public", "orders"))).isFalse();
        RegisteredSource landing = registry.require("landing");
        assertThat(landing.isFiles()).isTrue();
        assertThat(landing.files()).isEqualTo("s3://acme-landing/exports/");
        assertThat(shop.isFiles()).isFalse();
        assertThatThrownBy(() -> registry.require("crm")).isInstanceOf(UnknownSourceException.class)
                .hasMessage("source 'crm' is not in the sources registry");
    }

    @Test
    void missingOptionsTakeTheDefaultsAndTheExecutionInputWins() {
        RegisteredSource source = parse("sources:\n  - id: crm\n    secretArn: arn:x\n    options: {mode: sample}\n").require("crm");

        assertThat(source.options()).isEqualTo(new RequestOptions(ProfileMode.SAMPLE, 30_000L, 10));
        assertThat(source.displayName()).isEqualTo("crm");
        RequestOptions run = new RequestOptions(null, 500L, null).over(source.options());
        assertThat(run).isEqualTo(new RequestOptions(ProfileMode.SAMPLE, 500L, 10));
        assertThat(run.profileOptions().sampleRows()).isEqualTo(500L);
        assertThat(run.profileOptions().mode()).isEqualTo(ProfileMode.SAMPLE);
    }

    @Test
    void allListsEverySourceInTheDocumentsOrder() {
        YamlSourceRegistry registry = parse("sources:\n  - {id: zeta, secretArn: x}\n  - {id: alpha, secretArn: y}\n");

        assertThat(registry.all()).extracting(RegisteredSource::id).containsExactly("zeta", "alpha");
        assertThat(parse("").all()).isEmpty();
    }

    @Test
    void rejectsDuplicatesUnknownKeysUnsafeIdsAndMissingSecrets() {
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, secretArn: x}\n  - {id: a, secretArn: y}\n"))
                .hasMessageContaining("lists source 'a' twice");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, secretArn: x, pasword: oops}\n"))
                .hasMessageContaining("pasword");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a/b, secretArn: x}\n")).hasMessageContaining("source id");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a}\n"))
                .hasMessageContaining("source a needs either secretArn (a database) or files");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, secretArn: x, files: 's3://b/p/'}\n"))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, files: /local/path}\n"))
                .hasMessageContaining("files must be an s3://bucket/prefix/ location");
        assertThat(parse("").find("a")).isEmpty();
        assertThat(parse("").all()).isEmpty();
    }

    private static YamlSourceRegistry parse(String yaml) {
        return YamlSourceRegistry.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
    }
}
