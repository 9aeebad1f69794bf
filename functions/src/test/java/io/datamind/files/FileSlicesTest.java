package io.datamind.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.datamind.pipeline.SliceBudget;
import io.datamind.profile.FileRange;
import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableSlice;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-range and row-group slices of real files, record by record: the records of the slices of one plan, in plan
 * order, must be exactly the records of one pass over the file, for every split offset of a small file (in the middle
 * of a record, of a multi-byte character, right on a line feed, right after one) and for random multi-slice plans.
 */
class FileSlicesTest {

    private static final FileLimits LIMITS = FileLimits.DEFAULTS;
    private static final LocalFileStorage STORAGE = new LocalFileStorage();
    private static final FileOpener OPENER = new FileOpener(STORAGE, LIMITS);

    @TempDir
    Path folder;

    /** CRLF and LF line endings, a byte order mark, quoted delimiters and quotes, multi-byte text, an empty line. */
    static String awkwardCsv(int rows) {
        StringBuilder csv = new StringBuilder("id,name,amount,note\r\n");
        for (int i = 1; i <= rows; i++) {
            String note = switch (i % 5) {
                case 0 -> "\"a, b and \"\"c\"\"\"";
                case 1 -> "café 日本";
                case 2 -> "";
                case 3 -> "\"semi;colon\"";
                default -> "plain " + i;
            };
            csv.append(i).append(",name ").append(i % 7).append(',').append(i % 4 == 0 ? "" : (i * 1.25 - 40))
                    .append(',').append(note).append(i % 3 == 0 ? "\r\n" : "\n");
            if (i == rows / 2) {
                csv.append("\n");
            }
        }
        return csv.toString();
    }

    static String awkwardJsonLines(int rows) {
        StringBuilder json = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            if (i % 9 == 0) {
                json.append("[").append(i).append(", \"an array record\"]\n");
                continue;
            }
            json.append("{\"id\": ").append(i).append(", \"text\": \"line\\nbreak é 日本 ").append(i).append("\"");
            if (i % 4 == 0) {
                json.append(", \"nested\": {\"deep\": ").append(i * 2).append(", \"list\": [1, 2]}");
            }
            if (i % 6 == 0) {
                json.append(", \"late_key\": true");
            }
            json.append(i % 5 == 0 ? "}\r\n" : "}\n");
            if (i % 11 == 0) {
                json.append("\n");
            }
        }
        return json.toString();
    }

    @Test
    void everyTwoWaySplitOfACsvFileReadsEveryRecordExactlyOnce() throws IOException {
        StoredFile file = stored(DataFiles.text(folder, "awkward.csv", awkwardCsv(60), StandardCharsets.UTF_8,
                (byte) 0xEF, (byte) 0xBB, (byte) 0xBF));
        assertEveryTwoWaySplitReadsTheWholeFile(file, 60);
    }

    @Test
    void randomManyWaySplitsOfCsvAndJsonLinesReadEveryRecordExactlyOnce() throws IOException {
        StoredFile csv = stored(DataFiles.text(folder, "big.csv", awkwardCsv(3_000), StandardCharsets.UTF_8));
        StoredFile windows = stored(DataFiles.text(folder, "legacy.csv", awkwardCsv(500).replace("日本", "ñ"),
                Charset.forName("windows-1252")));
        StoredFile tsv = stored(DataFiles.text(folder, "tabs.tsv", awkwardCsv(800).replace(',', '\t'), StandardCharsets.UTF_8));
        StoredFile lines = stored(DataFiles.text(folder, "events.jsonl", awkwardJsonLines(2_000), StandardCharsets.UTF_8));
        Random random = new Random(7);
        for (StoredFile file : List.of(csv, windows, tsv, lines)) {
            List<String> whole = records(OPENER.open(file, List.of()));
            for (int plan = 0; plan < 25; plan++) {
                List<Long> bounds = randomBounds(random, file.size(), 2 + random.nextInt(9));
                assertThat(sliced(file, bounds)).as("%s split at %s", file.name(), bounds).isEqualTo(whole);
            }
        }
    }

    @Test
    void everyTwoWaySplitOfAJsonLinesFileReadsEveryRecordExactlyOnce() throws IOException {
        StoredFile file = stored(DataFiles.text(folder, "events.ndjson", awkwardJsonLines(40), StandardCharsets.UTF_8));
        assertEveryTwoWaySplitReadsTheWholeFile(file, 40);
    }

    private void assertEveryTwoWaySplitReadsTheWholeFile(StoredFile file, int records) throws IOException {
        List<String> whole = records(OPENER.open(file, List.of()));
        assertThat(whole).hasSize(records);
        for (long offset = 1; offset < file.size(); offset++) {
            assertThat(sliced(file, List.of(0L, offset, file.size()))).as("split at byte %d", offset).isEqualTo(whole);
        }
    }

    /**
     * A quoted field may hold a line break: a split that keeps that record inside one slice reads exactly as one pass
     * does; a split that cuts it fails the slice holding the record's start, saying why, so no merge can miss it.
     */
    @Test
    void aQuotedLineBreakIsReadWholeOrFailsTheSliceThatCutsIt() throws IOException {
        String before = "id,note,amount\n1,plain,1.5\n2,\"two, with comma\",2\n";
        String multiLine = "3,\"first line\nsecond line\",3\n";
        String content = before + multiLine + "4,after,4\n5,last,5\n";
        StoredFile file = stored(DataFiles.text(folder, "notes.csv", content, StandardCharsets.UTF_8));
        List<String> whole = records(OPENER.open(file, List.of()));
        assertThat(whole).hasSize(5);
        long recordStart = before.length();
        long innerLineStart = recordStart + multiLine.indexOf('\n') + 1;
        int cuts = 0;
        for (long offset = 1; offset < file.size(); offset++) {
            List<Long> bounds = List.of(0L, offset, file.size());
            if (offset > recordStart && offset <= innerLineStart) {
                cuts++;
                Throwable thrown = catchThrowable(() -> records(slice(file, bounds, 0)));
                assertThat(thrown).as("split at byte %d", offset).isInstanceOf(FileReadException.class)
                        .hasMessageContaining("notes.csv bytes 0–" + (offset - 1))
                        .hasMessageContaining("ends inside a record that spans lines")
                        .hasMessageContaining("profileBytesPerInvocation");
            } else {
                assertThat(sliced(file, bounds)).as("split at byte %d", offset).isEqualTo(whole);
            }
        }
        assertThat(cuts).isEqualTo(innerLineStart - recordStart);
    }

    @Test
    void parquetRowGroupRunsReadEveryRowExactlyOnce() throws IOException {
        Path path = ParquetFiles.write(folder.resolve("measurements.parquet"), 5_000, 16_000);
        StoredFile file = stored(path);
        List<Long> groups = OPENER.rowGroupRows(file);
        assertThat(groups).as("row groups").hasSizeBetween(5, 40);
        assertThat(groups.stream().mapToLong(Long::longValue).sum()).isEqualTo(5_000);
        List<String> whole = records(OPENER.open(file, List.of()));
        assertThat(whole).hasSize(5_000);
        FileSlicer slicer = new FileSlicer(OPENER);
        for (int wanted : List.of(2, 3, 5, groups.size(), groups.size() + 1)) {
            List<TableSlice> plan = slicer.plan(file, wanted);
            assertThat(plan).as("%d wanted", wanted).hasSizeBetween(2, wanted);
            assertThat(plan.get(0).range().start()).isZero();
            assertThat(plan.get(plan.size() - 1).range().end()).isEqualTo(groups.size());
            for (int i = 1; i < plan.size(); i++) {
                assertThat(plan.get(i).range().start()).as("contiguous").isEqualTo(plan.get(i - 1).range().end());
            }
            List<String> union = new ArrayList<>();
            for (TableSlice slice : plan) {
                union.addAll(records(OPENER.openSlice(file, List.of(), slice.range(), slice.label())));
            }
            assertThat(union).as("%d slices", plan.size()).isEqualTo(whole);
        }
    }

    @Test
    void rowGroupRunsHaveAboutEqualRows() {
        StoredFile file = new StoredFile("/x.parquet", "x.parquet", 100);
        List<TableSlice> plan = FileSlicer.rowGroupRuns(file, List.of(10L, 10L, 10L, 10L, 10L, 10L), 3);
        assertThat(plan).extracting(TableSlice::label)
                .containsExactly("row groups 0–1 (20 rows)", "row groups 2–3 (20 rows)", "row groups 4–5 (20 rows)");
        assertThat(FileSlicer.rowGroupRuns(file, List.of(100L, 1L, 1L), 3)).extracting(TableSlice::label)
                .as("a big first group").containsExactly("row groups 0–0 (100 rows)", "row groups 1–2 (2 rows)");
        assertThat(FileSlicer.rowGroupRuns(file, List.of(50L), 4)).containsExactly(TableSlice.WHOLE);
    }

    @Test
    void byteRangesTileTheFileAndFilesThatCannotBeSplitStayWhole() throws IOException {
        StoredFile csv = stored(DataFiles.text(folder, "plain.csv", awkwardCsv(200), StandardCharsets.UTF_8));
        FileSlicer slicer = new FileSlicer(OPENER);
        List<TableSlice> plan = slicer.plan(csv, 3);
        assertThat(plan).hasSize(3);
        assertThat(plan).extracting(s -> s.range().start()).containsExactly(0L, csv.size() / 3, csv.size() * 2 / 3);
        assertThat(plan.get(2).range().end()).isEqualTo(csv.size());
        assertThat(plan).allSatisfy(s -> assertThat(s.range().fileBytes()).isEqualTo(csv.size()));
        assertThat(plan.get(0).label()).isEqualTo("bytes 0–" + (csv.size() / 3 - 1));

        StoredFile gzipped = stored(DataFiles.gzip(folder.resolve("plain.csv")));
        StoredFile utf16 = stored(DataFiles.text(folder, "wide.csv", awkwardCsv(50), StandardCharsets.UTF_16LE,
                (byte) 0xFF, (byte) 0xFE));
        StoredFile array = stored(DataFiles.text(folder, "array.jsonl", "  [{\"a\": 1},\n{\"a\": 2}]\n", StandardCharsets.UTF_8));
        StoredFile document = stored(DataFiles.text(folder, "doc.json", "{\"a\": 1}\n{\"a\": 2}\n", StandardCharsets.UTF_8));
        for (StoredFile whole : List.of(gzipped, utf16, array, document)) {
            assertThat(slicer.plan(whole, 4)).as(whole.name()).containsExactly(TableSlice.WHOLE);
        }
    }

    @Test
    void slicesAreWantedByBytesForTextByRowsForParquetAndNeverForSamples() throws IOException {
        FileSlicer slicer = new FileSlicer(new FileOpener(STORAGE, LIMITS.withMaxRows(1_000)));
        SliceBudget budget = new SliceBudget(2_500, 1_000);
        ProfileOptions full = ProfileOptions.DEFAULTS.withMode(ProfileMode.FULL);
        StoredFile csv = new StoredFile("/d/a.csv", "a.csv", 10_500);
        assertThat(slicer.wanted(csv, schema(null), full, budget)).isEqualTo(11);
        assertThat(slicer.wanted(csv, schema(null), ProfileOptions.DEFAULTS, budget)).as("auto reads files in full").isEqualTo(11);
        assertThat(slicer.wanted(csv, schema(null), full.withMode(ProfileMode.SAMPLE), budget)).isEqualTo(1);
        assertThat(slicer.wanted(new StoredFile("/d/a.csv.gz", "a.csv.gz", 10_500), schema(null), full, budget)).isEqualTo(1);
        assertThat(slicer.wanted(new StoredFile("/d/a.json", "a.json", 10_500), schema(null), full, budget)).isEqualTo(1);
        assertThat(slicer.wanted(new StoredFile("/d/a.jsonl", "a.jsonl", 999), schema(null), full, budget)).isEqualTo(1);
        StoredFile parquet = new StoredFile("/d/a.parquet", "a.parquet", 10);
        assertThat(slicer.wanted(parquet, schema(4_500L), full, budget))
                .as("rows under the per-file row limit of 1,000 in each slice").isEqualTo(5);
        assertThat(slicer.wanted(parquet, schema(4_500L), full, new SliceBudget(900, 1_000))).isEqualTo(5);
        assertThat(slicer.wanted(new StoredFile("/d/b.csv", "b.csv", Long.MAX_VALUE), schema(null), full, budget))
                .isEqualTo(SliceBudget.MAX_SLICES);
    }

    @Test
    void aSliceOfAFileThatChangedSizeFails() throws IOException {
        StoredFile file = stored(DataFiles.text(folder, "growing.csv", awkwardCsv(20), StandardCharsets.UTF_8));
        FileRange planned = new FileRange(FileRange.Unit.BYTES, 0, 100, file.size() - 10);
        assertThatThrownBy(() -> OPENER.openSlice(file, List.of(), planned, "bytes 0–99"))
                .isInstanceOf(FileReadException.class).hasMessageContaining("growing.csv")
                .hasMessageContaining("changed during the run");
    }

    private static TableSchema schema(Long rows) {
        return new TableSchema(new TableRef("d", "a"), TableKind.TABLE, null, List.of(), null, List.of(), List.of(),
                List.of(), rows == null ? null : RowCount.exact(rows), List.of(), null);
    }

    private StoredFile stored(Path path) throws IOException {
        return new StoredFile(path.toString(), path.getFileName().toString(), Files.size(path));
    }

    private static List<Long> randomBounds(Random random, long size, int slices) {
        List<Long> bounds = new ArrayList<>(List.of(0L, size));
        while (bounds.size() < slices + 1) {
            long offset = 1 + (long) (random.nextDouble() * (size - 1));
            if (!bounds.contains(offset)) {
                bounds.add(offset);
            }
        }
        bounds.sort(Long::compare);
        return bounds;
    }

    /** The records of every slice between consecutive {@code bounds}, in order. */
    private static List<String> sliced(StoredFile file, List<Long> bounds) throws IOException {
        List<String> union = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            union.addAll(records(slice(file, bounds, i)));
        }
        return union;
    }

    private static RecordReader slice(StoredFile file, List<Long> bounds, int index) throws IOException {
        FileRange range = new FileRange(FileRange.Unit.BYTES, bounds.get(index), bounds.get(index + 1), file.size());
        return OPENER.openSlice(file, List.of(), range, "bytes " + range.start() + "–" + (range.end() - 1));
    }

    /** Each record as its non-null values by column name (JSON slices may meet keys in another order). */
    private static List<String> records(RecordReader reader) throws IOException {
        List<String> records = new ArrayList<>();
        try (reader) {
            while (reader.next()) {
                Map<String, String> values = new TreeMap<>();
                IntStream.range(0, reader.columns().size()).forEach(i -> {
                    Object value = reader.value(i);
                    if (value != null) {
                        values.put(reader.columns().get(i), value instanceof byte[] ? "bytes" : value.toString());
                    }
                });
                records.add(values.toString());
            }
        }
        return records;
    }
}
