package io.datamind.files;

import io.datamind.pipeline.SliceBudget;
import io.datamind.profile.FileRange;
import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableSlice;
import io.datamind.scan.TableSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one data file into slices profiled by separate invocations. An uncompressed CSV, TSV or JSON Lines file is
 * split into equal byte ranges, each owning the lines that start in it (see {@link LineRange}); a Parquet file into
 * contiguous runs of row groups of about equal rows. A gzip-compressed file (gzip cannot be read from the middle),
 * a JSON document, a UTF-16 text file and a JSON Lines file that is one array stay whole, as does any profile in
 * SAMPLE mode (it reads the first rows only).
 */
public final class FileSlicer {

    /** Enough of a file's start to tell its encoding and whether a JSON file opens an array. */
    private static final int HEAD_BYTES = 4096;

    private final FileOpener opener;

    public FileSlicer(FileOpener opener) {
        this.opener = opener;
    }

    /**
     * How many slices the budget asks for: a text file by bytes, a Parquet file by rows (each slice also under the
     * per-file row limit, which bounds each slice's rows); 1 when the file cannot be split or the profile samples.
     */
    public int wanted(StoredFile file, TableSchema schema, ProfileOptions options, SliceBudget budget) {
        if (options.mode() == ProfileMode.SAMPLE || file.gzipped() || file.format().isEmpty()) {
            return 1;
        }
        return switch (file.format().get()) {
            case CSV, TSV, JSON_LINES -> budget.forBytes(file.size());
            case PARQUET -> schema.rowCount() == null ? 1 : SliceBudget.slices(schema.rowCount().value(),
                    Math.min(budget.rowsPerInvocation(), opener.limits().maxRows()));
            case JSON -> 1;
        };
    }

    /** At most {@code wanted} slices covering the file; one whole slice when it cannot be split. */
    public List<TableSlice> plan(StoredFile file, int wanted) throws IOException {
        if (wanted < 2 || file.gzipped() || file.format().isEmpty()) {
            return List.of(TableSlice.WHOLE);
        }
        return switch (file.format().get()) {
            case CSV, TSV -> csvSplittable(file) ? byteRanges(file, wanted) : List.of(TableSlice.WHOLE);
            case JSON_LINES -> jsonLinesSplittable(file) ? byteRanges(file, wanted) : List.of(TableSlice.WHOLE);
            case PARQUET -> rowGroupRuns(file, opener.rowGroupRows(file), wanted);
            case JSON -> List.of(TableSlice.WHOLE);
        };
    }

    /** Its encoding must keep byte 0x0A for line feeds (UTF-8, windows-1252), as a whole read would decode it. */
    private boolean csvSplittable(StoredFile file) throws IOException {
        try (CsvRecordReader head = opener.csvHead(file, file.format().orElseThrow())) {
            return head.lineSplittable();
        }
    }

    /**
     * Jackson reads JSON as UTF-8 unless the file starts with a UTF-16/32 byte order mark or NUL bytes; a file whose
     * first value is an array is read as one array of records, which has no line structure to split at.
     */
    private boolean jsonLinesSplittable(StoredFile file) throws IOException {
        byte[] head = opener.head(file, HEAD_BYTES);
        if (TextDecoding.startsWith(head, 0xFE, 0xFF) || TextDecoding.startsWith(head, 0xFF, 0xFE)
                || TextDecoding.contains(head, (byte) 0)) {
            return false;
        }
        int at = TextDecoding.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (at < head.length && Character.isWhitespace(head[at])) {
            at++;
        }
        return at < head.length && head[at] != '[';
    }

    /** Equal byte ranges; a range with no line start in it is an empty slice, still merged. */
    private static List<TableSlice> byteRanges(StoredFile file, int wanted) {
        long size = file.size();
        int count = (int) Math.min(wanted, size);
        if (count < 2) {
            return List.of(TableSlice.WHOLE);
        }
        List<TableSlice> slices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = size * i / count;
            long end = size * (i + 1) / count;
            slices.add(new TableSlice(i, count, new FileRange(FileRange.Unit.BYTES, start, end, size),
                    "bytes " + start + "–" + (end - 1)));
        }
        return slices;
    }

    /**
     * Contiguous row groups, a slice closing once its cumulative rows reach the next of {@code wanted} equal shares:
     * as many slices as wanted at most, fewer when row groups are large.
     */
    static List<TableSlice> rowGroupRuns(StoredFile file, List<Long> rows, int wanted) {
        long total = rows.stream().mapToLong(Long::longValue).sum();
        List<long[]> runs = new ArrayList<>();
        int first = 0;
        long cumulative = 0;
        int share = 1;
        for (int group = 0; group < rows.size(); group++) {
            cumulative += rows.get(group);
            if (cumulative * wanted >= total * share && group + 1 < rows.size()) {
                runs.add(new long[] {first, group + 1, cumulative});
                first = group + 1;
                while (cumulative * wanted >= total * share) {
                    share++;
                }
            }
        }
        runs.add(new long[] {first, rows.size(), cumulative});
        if (runs.size() < 2 || total == 0) {
            return List.of(TableSlice.WHOLE);
        }
        List<TableSlice> slices = new ArrayList<>(runs.size());
        long rowsBefore = 0;
        for (int i = 0; i < runs.size(); i++) {
            long[] run = runs.get(i);
            slices.add(new TableSlice(i, runs.size(), new FileRange(FileRange.Unit.ROW_GROUPS, run[0], run[1], file.size()),
                    "row groups " + run[0] + "–" + (run[1] - 1) + " (" + (run[2] - rowsBefore) + " rows)"));
            rowsBefore = run[2];
        }
        return slices;
    }
}
