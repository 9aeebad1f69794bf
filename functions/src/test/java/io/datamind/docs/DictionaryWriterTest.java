package io.datamind.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.docs.json.JsonRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryWriterTest {

    @TempDir
    Path out;

    private final DataDictionary dictionary = DictionaryFixtures.shop();

    @Test
    void writesOnlyTheRequestedFormats() throws IOException {
        DictionaryWriter.standard().write(dictionary, EnumSet.of(OutputFormat.HTML), new LocalDirectorySink(out));

        assertThat(files()).containsExactly("index.html");
    }

    @Test
    void markdownNeedsNoJsonBesideIt() throws IOException {
        DictionaryWriter.standard().write(dictionary, EnumSet.of(OutputFormat.MD), new LocalDirectorySink(out));

        assertThat(files()).contains("README.md", "tables/shop.customers.md").doesNotContain("dictionary.json")
                .hasSize(1 + dictionary.tables().size());
    }

    @Test
    void writesEveryFormatTogether() throws IOException {
        DictionaryWriter.standard().write(dictionary, OutputFormat.parseList("json,md,html"), new LocalDirectorySink(out));

        assertThat(files()).contains("dictionary.json", "dictionary.schema.json", "README.md", "index.html",
                "tables/shop.legacy_audit.md").hasSize(4 + dictionary.tables().size());
        assertThat(Json.mapper().readValue(out.resolve("dictionary.json").toFile(), DataDictionary.class)).isEqualTo(dictionary);
    }

    @Test
    void rendersADictionaryWithoutTablesInEveryFormat() throws IOException {
        DataDictionary empty = new DataDictionary(DataDictionary.FORMAT_VERSION, "datamind", dictionary.source(),
                new RunInfo(null, null, null, 0, RunStatus.FAILED, null, null, 0, 0), List.of(), List.of(), null, null, null);

        DictionaryWriter.standard().write(empty, EnumSet.allOf(OutputFormat.class), new LocalDirectorySink(out));

        assertThat(files()).containsExactly("README.md", "dbt/schema.yml", "dictionary.json", "dictionary.schema.json", "index.html",
                "rules.dqdl");
        assertThat(out.resolve("README.md")).content().contains("**Run:** failed · 0 tables, 0 failed");
        assertThat(out.resolve("index.html")).content().contains("Run failed · 0 tables, 0 failed");
    }

    @Test
    void refusesAFormatWithoutRendererAndDuplicateRenderers() {
        DictionaryWriter jsonOnly = new DictionaryWriter(List.of(new JsonRenderer()));

        assertThatThrownBy(() -> jsonOnly.write(dictionary, EnumSet.of(OutputFormat.HTML), new LocalDirectorySink(out)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("html");
        assertThatThrownBy(() -> new DictionaryWriter(List.of(new JsonRenderer(), new JsonRenderer())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }
}
