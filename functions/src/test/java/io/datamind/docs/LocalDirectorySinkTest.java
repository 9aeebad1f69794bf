package io.datamind.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectorySinkTest {

    @TempDir
    Path root;

    @Test
    void writesUnderTheRootCreatingParentFolders() throws IOException {
        new LocalDirectorySink(root).put("tables/deep/shop.orders.md", bytes("# orders"), "text/markdown");

        assertThat(root.resolve("tables/deep/shop.orders.md")).hasContent("# orders");
    }

    @Test
    void replacesAnExistingFileWholeAndLeavesNoTemporaryFiles() throws IOException {
        LocalDirectorySink sink = new LocalDirectorySink(root);
        sink.put("README.md", bytes("first version, longer than the second"), "text/markdown");
        sink.put("README.md", bytes("second"), "text/markdown");

        assertThat(root.resolve("README.md")).hasContent("second");
        assertThat(allFiles()).containsExactly(root.resolve("README.md"));
    }

    @Test
    void refusesPathsThatEscapeTheRoot() {
        LocalDirectorySink sink = new LocalDirectorySink(root.resolve("out"));

        assertThatThrownBy(() -> sink.put("../evil.txt", bytes("x"), "text/plain")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("escapes");
        assertThatThrownBy(() -> sink.put("tables/../../evil.txt", bytes("x"), "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.put(root.resolve("abs.txt").toString(), bytes("x"), "text/plain"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative");
        assertThatThrownBy(() -> sink.put("", bytes("x"), "text/plain")).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void refusesToFollowASymbolicLinkOutOfTheRoot(@TempDir Path elsewhere) throws IOException {
        Path out = Files.createDirectories(root.resolve("out"));
        Files.createSymbolicLink(out.resolve("link"), elsewhere);

        assertThatThrownBy(() -> new LocalDirectorySink(out).put("link/stolen.txt", bytes("x"), "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(elsewhere.resolve("stolen.txt")).doesNotExist();
    }

    @Test
    void aFailedWriteKeepsWhatWasAlreadyWritten() throws IOException {
        LocalDirectorySink sink = new LocalDirectorySink(root);
        sink.put("index.html", bytes("<p>good</p>"), "text/html");
        sink.put("tables/a.md", bytes("a"), "text/markdown");

        // "tables" is a folder holding a file, so it cannot be replaced by a file: the move fails after the write.
        assertThatThrownBy(() -> sink.put("tables", bytes("clobber"), "text/plain")).isInstanceOf(IOException.class);

        assertThat(root.resolve("index.html")).hasContent("<p>good</p>");
        assertThat(root.resolve("tables/a.md")).hasContent("a");
        assertThat(allFiles()).containsExactlyInAnyOrder(root.resolve("index.html"), root.resolve("tables/a.md"));
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
