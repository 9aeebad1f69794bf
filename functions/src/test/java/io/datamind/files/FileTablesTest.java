package io.datamind.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real awkward files through the scan (inference) and profile steps of a file dataset. */
class FileTablesTest {

    @TempDir
    Path folder;

    private FileLimits limits = FileLimits.DEFAULTS;

    private record Documented(TableSchema schema, TableProfile profile) {
        ColumnSchema column(String name) {
            return schema.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + schema.columns()));
        }

        ColumnProfile stats(String name) {
            return profile.column(name).orElseThrow();
        }
    }

    private Documented document(Path file) {
        FileSource source = source(file);
        TableRef table = source.plan(null).tables().get(0);
        TableSchema schema = source.scan(table);
        return new Documented(schema, source.profiling(ProfileOptions.DEFAULTS).profile(schema));
    }

    private FileSource source(Path root) {
        LocalFileStorage storage = new LocalFileStorage();
        try {
            return new FileSource(FileDataset.list(storage, root.toString(), null), new FileOpener(storage, limits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void quotedNewlinesAndMixedLineEndingsKeepEveryRecordWhole() throws IOException {
        Path file = DataFiles.text(folder, "notes.csv",
                "id,note,amount\r\n1,\"first line\nsecond line\",10.5\n2,\"a, b and \"\"c\"\"\",3\r3,plain,4.25\r\n",
                StandardCharsets.UTF_8);
        Documented doc = document(file);
        assertThat(doc.profile().rowsProfiled()).isEqualTo(3);
        assertThat(doc.column("id").family()).isEqualTo(TypeFamily.INTEGER);
        assertThat(doc.column("amount").family()).isEqualTo(TypeFamily.DECIMAL);
        assertThat(doc.column("note").family()).isEqualTo(TypeFamily.TEXT);
        assertThat(doc.stats("note").text().maxLength()).isEqualTo("first line\nsecond line".length());
        assertThat(doc.stats("amount").numeric().max()).isEqualTo(10.5);
        assertThat(doc.profile().method()).contains("comma-delimited", "with a header row", "UTF-8");
    }

    @Test
    void utf8BomIsNotPartOfTheFirstColumnName() throws IOException {
        Path file = DataFiles.text(folder, "bom.csv", "city,population\nZürich,421878\nGenève,203856\n",
                StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        Documented doc = document(file);
        assertThat(doc.schema().columns()).extracting(ColumnSchema::name).containsExactly("city", "population");
        assertThat(doc.stats("city").text().minLength()).as("ü and è decode to one character each").isEqualTo(6);
        assertThat(doc.stats("city").text().maxLength()).isEqualTo(6);
        assertThat(doc.stats("population").numeric().max()).isEqualTo(421878.0);
        assertThat(doc.profile().method()).contains("UTF-8 with BOM");
    }

    @Test
    void utf16WithByteOrderMarksDecodes() throws IOException {
        String content = "name;born\nJosé;1980-02-29\nZoë;1975-10-01\n";
        Documented little = document(DataFiles.text(folder.resolve("le"), "people.csv", content,
                StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        Documented big = document(DataFiles.text(folder.resolve("be"), "people.csv", content,
                StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF));
        for (Documented doc : new Documented[] {little, big}) {
            assertThat(doc.column("born").family()).isEqualTo(TypeFamily.DATE);
            assertThat(doc.stats("name").text().minLength()).isEqualTo(3);
            assertThat(doc.stats("name").text().maxLength()).isEqualTo(4);
            assertThat(doc.stats("born").temporal().min()).isEqualTo("1975-10-01");
        }
        assertThat(little.profile().method()).contains("UTF-16LE", "semicolon-delimited");
        assertThat(big.profile().method()).contains("UTF-16BE");
    }

    @Test
    void latin1BytesFallBackToWindows1252() throws IOException {
        Path file = DataFiles.text(folder, "latin.csv", "word,count\ncafé,1\nnaïve,2\n", StandardCharsets.ISO_8859_1);
        Documented doc = document(file);
        assertThat(doc.stats("word").topValues().values()).extracting(v -> v.value()).contains("café", "naïve");
        assertThat(doc.profile().method()).contains("windows-1252");
    }

    @Test
    void raggedRowsGetExtraColumnsOrMissingValues() throws IOException {
        Path file = DataFiles.text(folder, "ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n", StandardCharsets.UTF_8);
        Documented doc = document(file);
        assertThat(doc.schema().columns()).extracting(ColumnSchema::name).containsExactly("a", "b", "c", "column_4");
        assertThat(doc.stats("c").nullCount()).isEqualTo(1);
        assertThat(doc.stats("column_4").nullCount()).isEqualTo(2);
        assertThat(doc.stats("column_4").numeric().max()).isEqualTo(9.0);
    }

    @Test
    void semicolonTabAndHeaderlessFilesAreSniffed() throws IOException {
        Documented semicolon = document(DataFiles.text(folder.resolve("s"), "prices.csv",
                "sku;price\nA-1;1,50\nB-2;2,75\n", StandardCharsets.UTF_8));
        assertThat(semicolon.schema().columns()).extracting(ColumnSchema::name).containsExactly("sku", "price");
        Documented tab = document(DataFiles.text(folder.resolve("t"), "stock.tsv",
                "sku\tqty\tok\nA\t3\ttrue\nB\t4\tfalse\n", StandardCharsets.UTF_8));
        assertThat(tab.column("qty").family()).isEqualTo(TypeFamily.INTEGER);
        assertThat(tab.column("ok").family()).isEqualTo(TypeFamily.BOOLEAN);
        assertThat(tab.stats("ok").bool().trueCount()).isEqualTo(1);
        Documented headerless = document(DataFiles.text(folder.resolve("h"), "events.csv",
                "1,login,2024-01-01 10:00:00\n2,logout,2024-01-01T11:30:00Z\n3,login,2024-01-02 09:15:00\n",
                StandardCharsets.UTF_8));
        assertThat(headerless.schema().columns()).extracting(ColumnSchema::name)
                .containsExactly("column_1", "column_2", "column_3");
        assertThat(headerless.profile().rowsProfiled()).isEqualTo(3);
        assertThat(headerless.column("column_3").family()).isEqualTo(TypeFamily.TIMESTAMP);
        assertThat(headerless.profile().method()).contains("no header row");
    }

    @Test
    void inferenceRecordsTheShareOfValuesThatParse() throws IOException {
        StringBuilder csv = new StringBuilder("code,qty\n");
        for (int i = 0; i < 97; i++) {
            csv.append("00").append(i).append(',').append(i).append('\n');
        }
        csv.append("x,n/a\ny,7\nz,8\n");
        Documented doc = document(DataFiles.text(folder, "codes.csv", csv.toString(), StandardCharsets.UTF_8));
        ColumnSchema qty = doc.column("qty");
        assertThat(qty.family()).isEqualTo(TypeFamily.INTEGER);
        assertThat(qty.inferred().values()).isEqualTo(100);
        assertThat(qty.inferred().share()).isEqualTo(0.99);
        assertThat(qty.declaredType()).isEqualTo("inferred integer: 99% of 100 values parse");
        assertThat(doc.stats("qty").nullCount()).as("the value that does not parse counts as missing").isEqualTo(1);
        assertThat(doc.column("code").family()).as("leading zeros are identifiers, not numbers").isEqualTo(TypeFamily.TEXT);
    }

    @Test
    void nestedJsonIsFlattenedUpToTheDepthLimitAndArraysSummarised() throws IOException {
        String lines = """
                {"id": 1, "address": {"city": "Paris", "geo": {"lat": 48.85, "deep": {"x": 1}}}, "tags": ["a", "b"], "ok": true}
                {"id": 2, "address": {"city": "Oslo", "geo": {"lat": 59.91, "deep": {"x": 2}}}, "tags": [], "ok": false}
                {"id": 3, "address": null, "tags": ["c"], "extra": "late key"}
                """;
        limits = limits.withMaxDepth(3);
        Documented doc = document(DataFiles.text(folder, "people.jsonl", lines, StandardCharsets.UTF_8));
        assertThat(doc.schema().columns()).extracting(ColumnSchema::name).contains("id", "address.city",
                "address.geo.lat", "address.geo.deep", "tags", "tags.length", "ok", "address", "extra");
        assertThat(doc.column("address.geo.deep").family()).isEqualTo(TypeFamily.JSON);
        assertThat(doc.stats("address.geo.deep").samples()).contains("{\"x\":1}");
        assertThat(doc.column("tags").family()).isEqualTo(TypeFamily.JSON);
        assertThat(doc.column("tags.length").family()).isEqualTo(TypeFamily.INTEGER);
        assertThat(doc.stats("tags.length").numeric().max()).isEqualTo(2.0);
        assertThat(doc.column("address.geo.lat").family()).isEqualTo(TypeFamily.DECIMAL);
        assertThat(doc.stats("extra").nullCount()).isEqualTo(2);
        assertThat(doc.profile().rowsProfiled()).isEqualTo(3);

        limits = limits.withMaxDepth(1);
        Documented shallow = document(DataFiles.text(folder.resolve("shallow"), "people.jsonl", lines, StandardCharsets.UTF_8));
        assertThat(shallow.schema().columns()).extracting(ColumnSchema::name).doesNotContain("address.city");
        assertThat(shallow.column("address").family()).isEqualTo(TypeFamily.JSON);
    }

    @Test
    void jsonArrayIsStreamedRecordByRecord() throws IOException {
        Documented doc = document(DataFiles.text(folder, "orders.json",
                "[{\"order\": 10, \"total\": 12.5, \"placed\": \"2024-03-01\"},\n {\"order\": 11, \"total\": 7, \"placed\": \"2024-03-02\"}]",
                StandardCharsets.UTF_8));
        assertThat(doc.profile().rowsProfiled()).isEqualTo(2);
        assertThat(doc.column("total").family()).isEqualTo(TypeFamily.DECIMAL);
        assertThat(doc.column("placed").family()).isEqualTo(TypeFamily.DATE);
        assertThat(doc.profile().method()).contains("JSON array of records");
    }

    @Test
    void parquetColumnsKeepTheirDeclaredTypesAndNulls() throws IOException {
        Documented doc = document(DataFiles.parquet(folder.resolve("people.parquet")));
        assertThat(doc.schema().columns()).extracting(ColumnSchema::name, ColumnSchema::family).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", TypeFamily.INTEGER),
                org.assertj.core.groups.Tuple.tuple("name", TypeFamily.TEXT),
                org.assertj.core.groups.Tuple.tuple("score", TypeFamily.FLOAT),
                org.assertj.core.groups.Tuple.tuple("active", TypeFamily.BOOLEAN),
                org.assertj.core.groups.Tuple.tuple("born", TypeFamily.DATE));
        assertThat(doc.column("id").inferred()).isNull();
        assertThat(doc.schema().rowCount().value()).isEqualTo(4);
        assertThat(doc.profile().rowsProfiled()).isEqualTo(4);
        assertThat(doc.stats("name").nullCount()).isEqualTo(1);
        assertThat(doc.stats("born").nullCount()).isEqualTo(1);
        assertThat(doc.stats("born").temporal().min()).isEqualTo("1985-06-15");
        assertThat(doc.stats("score").numeric().mean()).isEqualTo((9.5 + 7.25 + 8.0 + 6.5) / 4);
        assertThat(doc.stats("active").bool().trueCount()).isEqualTo(3);
    }

    @Test
    void gzipOfEachFormatReadsLikeThePlainFile() throws IOException {
        Map<String, String> texts = Map.of(
                "a.csv", "k,v\n1,x\n2,y\n",
                "b.tsv", "k\tv\n1\tx\n2\ty\n",
                "c.json", "[{\"k\": 1, \"v\": \"x\"}, {\"k\": 2, \"v\": \"y\"}]",
                "d.jsonl", "{\"k\": 1, \"v\": \"x\"}\n{\"k\": 2, \"v\": \"y\"}\n");
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Path plain = DataFiles.text(folder.resolve(text.getKey()), text.getKey(), text.getValue(), StandardCharsets.UTF_8);
            Path gzipped = DataFiles.gzip(plain);
            Files.delete(plain);
            Documented doc = document(gzipped);
            assertThat(doc.profile().rowsProfiled()).as(text.getKey()).isEqualTo(2);
            assertThat(doc.column("k").family()).as(text.getKey()).isEqualTo(TypeFamily.INTEGER);
            assertThat(doc.profile().method()).contains("gzip");
        }
        Path parquet = DataFiles.parquet(folder.resolve("p").resolve("people.parquet"));
        DataFiles.gzip(parquet);
        Files.delete(parquet);
        Documented doc = document(folder.resolve("p").resolve("people.parquet.gz"));
        assertThat(doc.profile().rowsProfiled()).isEqualTo(4);
    }

    @Test
    void corruptBinaryUnsupportedAndOversizedFilesFailWithTheirReason() throws IOException {
        Path plain = DataFiles.text(folder.resolve("gz"), "data.csv", "a,b\n1,2\n".repeat(1000), StandardCharsets.UTF_8);
        Path gzipped = DataFiles.gzip(plain);
        byte[] bytes = Files.readAllBytes(gzipped);
        Files.write(gzipped, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(plain);
        assertThatThrownBy(() -> document(gzipped)).hasMessageContaining("data.csv.gz");

        Path fakeGzip = DataFiles.text(folder.resolve("fake"), "x.csv.gz", "a,b\n1,2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> document(fakeGzip)).hasMessageContaining("not gzip-compressed");

        Path binary = folder.resolve("bin").resolve("image.csv");
        Files.createDirectories(binary.getParent());
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1, 2});
        assertThatThrownBy(() -> document(binary)).hasMessageContaining("image.csv is binary");

        Path notParquet = DataFiles.text(folder.resolve("np"), "broken.parquet", "this is not parquet", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> document(notParquet)).hasMessageContaining("broken.parquet is not a readable Parquet file");

        Path unsupported = DataFiles.text(folder.resolve("u"), "notes.txt", "hello", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> document(unsupported)).hasMessageContaining("notes.txt is not a supported data file");

        Path big = DataFiles.text(folder.resolve("big"), "big.csv", "a\n" + "1\n".repeat(5000), StandardCharsets.UTF_8);
        limits = limits.withMaxBytes(1000);
        assertThatThrownBy(() -> document(big)).hasMessageContaining("big.csv is 10002 bytes, more than the limit of 1000 bytes")
                .hasMessageContaining("DATAMIND_FILES_MAX_BYTES");
    }

    @Test
    void rowLimitEndsTheProfileEarlyAndSaysSo() throws IOException {
        limits = limits.withMaxRows(10);
        Documented doc = document(DataFiles.text(folder, "many.csv", "n\n" + "5\n".repeat(100), StandardCharsets.UTF_8));
        assertThat(doc.profile().rowsProfiled()).isEqualTo(10);
        assertThat(doc.profile().sampled()).isTrue();
        assertThat(doc.profile().method()).isEqualTo("first 10 rows of CSV: UTF-8, comma-delimited, with a header row");
    }

    @Test
    void aFolderIsADatasetNamedByFilesAndSubFolders() throws IOException {
        DataFiles.text(folder, "customers.csv", "id\n1\n", StandardCharsets.UTF_8);
        DataFiles.text(folder, "orders.csv", "id\n1\n", StandardCharsets.UTF_8);
        DataFiles.text(folder, "orders.json", "[{\"id\": 1}]", StandardCharsets.UTF_8);
        DataFiles.text(folder, "sales/2024/returns.jsonl.gz.tmp", "x", StandardCharsets.UTF_8);
        DataFiles.text(folder, "sales/2024/returns.csv", "id\n1\n", StandardCharsets.UTF_8);
        DataFiles.text(folder, "_SUCCESS", "", StandardCharsets.UTF_8);
        FileSource source = source(folder);
        var plan = source.plan(null);
        String dataset = folder.getFileName().toString();
        assertThat(plan.source().kind()).isEqualTo("files");
        assertThat(plan.source().name()).isEqualTo(dataset);
        assertThat(plan.tables()).extracting(TableRef::key).containsExactly(dataset + ".customers", dataset + ".orders",
                dataset + ".orders.json", "sales/2024.returns", "sales/2024.returns.jsonl.gz");
    }
}
