package io.datamind.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.docs.Json;
import io.datamind.profile.MergedProfiles;
import io.datamind.profile.PartialProfile;
import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableSlice;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file profiled in slices, each partial profile going through JSON as it does through S3, then merged: the
 * merged profile must be the single-pass profile of the file, exact figures exactly and sketch figures within the
 * sketches' error bounds (checked against SQL over the same values loaded into H2).
 */
class FileSliceProfileTest {

    static final int ROWS = 30_000;
    static final ProfileOptions FULL = ProfileOptions.DEFAULTS.withMode(ProfileMode.FULL);

    @TempDir
    Path folder;

    @Test
    void aCsvFileProfiledInSlicesMergesIntoItsSinglePassProfile() throws Exception {
        Path path = DataFiles.text(folder, "events.csv", DataFiles.eventsCsv(ROWS), StandardCharsets.UTF_8);
        FileSource source = source(path, FileLimits.DEFAULTS);
        TableSchema schema = source.scan(table(source));
        TableProfile single = source.profiling(FULL).profile(schema);
        assertThat(single.method()).isEqualTo("full scan of CSV: UTF-8, comma-delimited, with a header row");
        assertThat(single.rowsProfiled()).isEqualTo(ROWS);

        List<TableSlice> plan = source.slices(schema, FULL, 5);
        assertThat(plan).hasSize(5);
        TableProfile merged = source.mergeSlices(schema, FULL, throughJson(source, schema, plan));

        assertThat(merged.method()).isEqualTo("full scan in 5 byte-range slices of CSV: UTF-8, comma-delimited, with a header row");
        MergedProfiles.assertExactFiguresEqual(single, merged);
        assertThat(single.column("id").orElseThrow().distinct().exact()).as("the HLL sketch is merged").isFalse();
        try (Connection h2 = valuesInH2()) {
            MergedProfiles.assertSketchFiguresWithinBounds(single, merged, h2, "\"events\"", List.of("id", "amount", "score"));
        }
        assertThat(merged.column("email").orElseThrow().semantics()).isEqualTo(single.column("email").orElseThrow().semantics());
    }

    @Test
    void theRowLimitBoundsEachSliceAndTheProfileSaysSo() throws Exception {
        Path path = DataFiles.text(folder, "events.csv", DataFiles.eventsCsv(ROWS), StandardCharsets.UTF_8);
        FileSource source = source(path, FileLimits.DEFAULTS.withMaxRows(4_000));
        TableSchema schema = source.scan(table(source));
        TableProfile whole = source.profiling(FULL).profile(schema);
        assertThat(whole.rowsProfiled()).as("a file profiled whole reads the limit's rows").isEqualTo(4_000);
        assertThat(whole.sampled()).isTrue();

        List<TableSlice> plan = source.slices(schema, FULL, 5);
        List<PartialProfile> partials = throughJson(source, schema, plan);
        assertThat(partials).allSatisfy(p -> {
            assertThat(p.rows()).isEqualTo(4_000);
            assertThat(p.sampled()).isTrue();
            assertThat(p.method()).startsWith("first 4000 rows of CSV");
        });
        TableProfile merged = source.mergeSlices(schema, FULL, partials);
        assertThat(merged.rowsProfiled()).as("each slice reads the limit's rows").isEqualTo(5 * 4_000);
        assertThat(merged.sampled()).isTrue();
        assertThat(merged.method()).isEqualTo("first 4000 rows of each of 5 byte-range slices of CSV: UTF-8,"
                + " comma-delimited, with a header row");

        FileSource unlimited = source(path, FileLimits.DEFAULTS.withMaxRows(ROWS / 5 + 1_000));
        TableProfile all = unlimited.mergeSlices(schema, FULL, throughJson(unlimited, schema, plan));
        assertThat(all.rowsProfiled()).isEqualTo(ROWS);
        assertThat(all.sampled()).isFalse();
    }

    @Test
    void aJsonLinesFileProfiledInSlicesMergesIntoItsSinglePassProfile() throws Exception {
        Path path = DataFiles.text(folder, "events.jsonl", FileSlicesTest.awkwardJsonLines(5_000), StandardCharsets.UTF_8);
        FileSource source = source(path, FileLimits.DEFAULTS);
        TableSchema schema = source.scan(table(source));
        TableProfile single = source.profiling(FULL).profile(schema);
        TableProfile merged = source.mergeSlices(schema, FULL, throughJson(source, schema, source.slices(schema, FULL, 7)));
        assertThat(merged.method()).isEqualTo("full scan in 7 byte-range slices of JSON LINES: JSON Lines, nested objects"
                + " flattened to depth 5");
        MergedProfiles.assertExactFiguresEqual(single, merged);
        assertThat(merged.column("nested.deep").orElseThrow().rows() - merged.column("nested.deep").orElseThrow().nullCount())
                .isEqualTo(5_000 / 4 - 5_000 / 36);
    }

    @Test
    void aParquetFileProfiledInRowGroupSlicesMergesIntoItsSinglePassProfile() throws Exception {
        Path path = ParquetFiles.write(folder.resolve("measurements.parquet"), 20_000, 60_000);
        FileSource source = source(path, FileLimits.DEFAULTS);
        TableSchema schema = source.scan(table(source));
        TableProfile single = source.profiling(FULL).profile(schema);
        List<TableSlice> plan = source.slices(schema, FULL, 3);
        assertThat(plan).hasSize(3);
        assertThat(plan.get(0).label()).startsWith("row groups 0–");
        TableProfile merged = source.mergeSlices(schema, FULL, throughJson(source, schema, plan));
        assertThat(merged.method()).startsWith("full scan in 3 row-group slices of PARQUET: Parquet, ")
                .endsWith(" row group(s), 20000 rows");
        MergedProfiles.assertExactFiguresEqual(single, merged);
        assertThat(merged.column("reading").orElseThrow().nullCount()).isEqualTo(20_000 / 13);
    }

    /** Each slice profiled, written as JSON and read back, as ProfileSlice and MergeProfile pass it through S3. */
    private static List<PartialProfile> throughJson(FileSource source, TableSchema schema, List<TableSlice> plan)
            throws IOException {
        List<PartialProfile> partials = new ArrayList<>();
        for (int i = plan.size() - 1; i >= 0; i--) { // merged in plan order whatever order they arrive in
            TableSlice slice = plan.get(i);
            String json = Json.mapper().writeValueAsString(source.profileSlice(schema, FULL, slice));
            PartialProfile read = Json.mapper().readValue(json, PartialProfile.class);
            assertThat(read.slice()).isEqualTo(slice);
            partials.add(read);
        }
        return partials;
    }

    private static FileSource source(Path file, FileLimits limits) {
        LocalFileStorage storage = new LocalFileStorage();
        try {
            return new FileSource(FileDataset.list(storage, file.toString(), null), new FileOpener(storage, limits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableRef table(FileSource source) {
        return source.plan(null).tables().get(0);
    }

    /** The numeric columns' values in an H2 table "events", for the quantile and histogram checks. */
    private Connection valuesInH2() throws Exception {
        Connection h2 = DriverManager.getConnection("jdbc:h2:mem:file-slices-" + System.nanoTime());
        TestDatabases.execute(h2, "CREATE TABLE \"events\" (\"id\" BIGINT, \"amount\" DECIMAL(12,2), \"score\" DOUBLE PRECISION)");
        try (PreparedStatement insert = h2.prepareStatement("INSERT INTO \"events\" VALUES (?, ?, ?)")) {
            for (int i = 1; i <= ROWS; i++) {
                insert.setLong(1, i);
                insert.setBigDecimal(2, DataFiles.eventAmount(i));
                insert.setDouble(3, DataFiles.eventScore(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return h2;
    }
}
