package io.datamind.aws;

import io.datamind.testing.MotoServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3DocumentSinkTest {

    private static S3Client s3;
    private String bucket;

    @BeforeAll
    static void connect() {
        s3 = MotoServer.shared().clients().s3();
    }

    @BeforeEach
    void createBucket() {
        bucket = "docs-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(bucket));
    }

    @Test
    void writesUnderSourceAndRunWithContentTypes() {
        S3DocumentSink sink = new S3DocumentSink(s3, bucket, "sales-db", "run-1");

        sink.put("index.html", bytes("<html></html>"), "text/html; charset=utf-8");
        sink.put("dictionary.json", bytes("{}"), null);
        sink.put("tables/sales.orders.md", bytes("# orders"), null);

        assertThat(contentType("sales-db/run-1/index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(contentType("sales-db/run-1/dictionary.json")).isEqualTo("application/json");
        assertThat(contentType("sales-db/run-1/tables/sales.orders.md")).isEqualTo("text/markdown; charset=utf-8");
        assertThat(text("sales-db/run-1/tables/sales.orders.md")).isEqualTo("# orders");
    }

    @Test
    void refusesPathsOutsideTheRunPrefix() {
        S3DocumentSink sink = new S3DocumentSink(s3, bucket, "sales-db", "run-1");

        assertThatThrownBy(() -> sink.put("../run-2/index.html", bytes("x"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.put("/etc/passwd", bytes("x"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new S3DocumentSink(s3, bucket, "a/b", "run-1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(keysUnder("")).isEmpty();
    }

    @Test
    void latestMirrorsTheRunExactlyAndKeepsContentTypes() {
        S3DocumentSink first = new S3DocumentSink(s3, bucket, "sales-db", "run-1");
        first.put("index.html", bytes("v1"), null);
        first.put("tables/dropped_table.md", bytes("gone later"), null);
        assertThat(first.copyRunToLatest()).isEqualTo(2);

        S3DocumentSink second = new S3DocumentSink(s3, bucket, "sales-db", "run-2");
        second.put("index.html", bytes("v2"), null);
        second.put("dictionary.json", bytes("{\"v\":2}"), null);
        assertThat(second.copyRunToLatest()).isEqualTo(2);

        assertThat(keysUnder("sales-db/latest/"))
                .containsExactlyInAnyOrder("sales-db/latest/index.html", "sales-db/latest/dictionary.json");
        assertThat(text("sales-db/latest/index.html")).isEqualTo("v2");
        assertThat(contentType("sales-db/latest/index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(contentType("sales-db/latest/dictionary.json")).isEqualTo("application/json");
        assertThat(keysUnder("sales-db/run-1/")).hasSize(2);
    }

    @Test
    void bundleContainsEveryFileOfTheRunWithItsBytes() throws IOException {
        S3DocumentSink sink = new S3DocumentSink(s3, bucket, "sales-db", "run-9");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", bytes("<html>dictionary</html>"));
        files.put("dictionary.json", bytes("{\"tables\":[]}"));
        files.put("tables/sales.orders.md", bytes("# orders\n"));
        byte[] large = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(large);
        files.put("assets/big.bin", large);
        files.forEach((path, content) -> sink.put(path, content, null));
        new S3DocumentSink(s3, bucket, "sales-db", "run-other").put("index.html", bytes("not mine"), null);

        String firstKey = sink.writeBundle();
        String secondKey = sink.writeBundle();

        assertThat(firstKey).isEqualTo("sales-db/run-9/bundle.zip").isEqualTo(secondKey);
        assertThat(contentType(firstKey)).isEqualTo("application/zip");
        Map<String, byte[]> zipped = unzip(s3.getObjectAsBytes(b -> b.bucket(bucket).key(firstKey)).asByteArray());
        assertThat(zipped.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        files.forEach((path, content) -> assertThat(zipped.get(path)).as(path).isEqualTo(content));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private String contentType(String key) {
        return s3.headObject(b -> b.bucket(bucket).key(key)).contentType();
    }

    private String text(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    private List<String> keysUnder(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
