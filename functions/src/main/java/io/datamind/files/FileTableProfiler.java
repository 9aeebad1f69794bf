package io.datamind.files;

import io.datamind.profile.FileRange;
import io.datamind.profile.PartialProfile;
import io.datamind.profile.PlannedPartials;
import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.RowStreamProfiler;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableSlice;
import io.datamind.profile.ValueRows;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The profile step of a data file: streams the file again and feeds each value, converted to its column's family,
 * to the same column profilers as database tables. A value that does not parse as its column's inferred family
 * counts as missing. Reads at most {@link FileLimits#maxRows()} rows (in SAMPLE mode at most the sample size too);
 * the profile then says it describes the first rows. A file split into slices ({@link FileSlicer}) is profiled slice by
 * slice, each slice reading at most {@link FileLimits#maxRows()} rows of its own: the limit bounds what one invocation
 * reads, so a sliced file is read in full as long as no slice holds more rows than that.
 */
public final class FileTableProfiler {

    /** Rows.method() is "full scan of LAYOUT" or "first N rows of LAYOUT": the first " of " ends its prefix. */
    private static final String OF = " of ";

    private final FileOpener opener;
    private final ProfileOptions options;
    private final RowStreamProfiler profiler;

    public FileTableProfiler(FileOpener opener, ProfileOptions options) {
        this.opener = opener;
        this.options = options;
        this.profiler = new RowStreamProfiler(options);
    }

    public TableProfile profile(TableSchema schema, StoredFile file) throws IOException {
        List<String> names = schema.columns().stream().map(ColumnSchema::name).toList();
        return read(file, () -> opener.open(file, names), reader -> profiler.profile(schema, rows(schema, file, reader)));
    }

    /** The rows of one slice of {@code file}, unclassified, to merge with the other slices' by {@link #merge}. */
    public PartialProfile profileSlice(TableSchema schema, StoredFile file, TableSlice slice) throws IOException {
        List<String> names = schema.columns().stream().map(ColumnSchema::name).toList();
        return read(file, () -> opener.openSlice(file, names, slice.range(), slice.label()),
                reader -> profiler.profileSlice(schema, slice, rows(schema, file, reader)));
    }

    private interface Opening {
        RecordReader open() throws IOException;
    }

    /** Reads the records {@code opening} opens; any failure of reading becomes a {@link FileReadException} naming the file. */
    private static <T> T read(StoredFile file, Opening opening, Function<RecordReader, T> profile) throws IOException {
        try (RecordReader reader = opening.open()) {
            return profile.apply(reader);
        } catch (FileReadException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof FileReadException read ? read : FileReadException.reading(file, e.getCause());
        } catch (IOException e) {
            throw FileReadException.reading(file, e);
        }
    }

    private Rows rows(TableSchema schema, StoredFile file, RecordReader reader) {
        return new Rows(reader, schema, rowLimit(), FileTableScanner.layout(file, reader));
    }

    /**
     * The file's profile from the partial profiles of every slice of one plan. Its method says how it was read:
     * "full scan in 4 byte-range slices of CSV: …", or "first 10000000 rows of each of 4 byte-range slices of …" when
     * some slice stopped at the row limit.
     */
    public TableProfile merge(TableSchema schema, PlannedPartials parts) {
        return profiler.merge(schema, parts, this::method);
    }

    private String method(PlannedPartials.Summary summary) {
        String layout = summary.firstMethod().substring(summary.firstMethod().indexOf(OF) + OF.length());
        FileRange range = summary.firstSlice().range();
        boolean rowGroups = range != null && range.unit() == FileRange.Unit.ROW_GROUPS;
        String slices = summary.slices() + (rowGroups ? " row-group slices of " : " byte-range slices of ");
        return summary.anySampled() ? "first " + rowLimit() + " rows of each of " + slices + layout
                : "full scan in " + slices + layout;
    }

    private long rowLimit() {
        long limit = opener.limits().maxRows();
        return options.mode() == ProfileMode.SAMPLE ? Math.min(limit, options.sampleRows()) : limit;
    }

    /** The reader's records as typed values, with one conversion per value and row. */
    private static final class Rows implements ValueRows {

        private final RecordReader reader;
        private final TypeFamily[] families;
        private final boolean[] typed;
        private final Object[] converted;
        private final boolean[] done;
        private final long limit;
        private final String layout;
        private long rows;
        private boolean truncated;

        Rows(RecordReader reader, TableSchema schema, long limit, String layout) {
            this.reader = reader;
            this.layout = layout;
            int columns = schema.columns().size();
            this.families = new TypeFamily[columns];
            this.typed = new boolean[columns];
            for (int i = 0; i < columns; i++) {
                ColumnSchema column = schema.columns().get(i);
                families[i] = column.family();
                typed[i] = column.inferred() == null;
            }
            this.converted = new Object[columns];
            this.done = new boolean[columns];
            this.limit = limit;
        }

        @Override
        public boolean next() throws IOException {
            if (rows >= limit) {
                truncated = reader.next();
                return false;
            }
            java.util.Arrays.fill(done, false);
            if (!reader.next()) {
                return false;
            }
            rows++;
            return true;
        }

        @Override
        public Object value(int column) {
            if (!done[column]) {
                Object raw = reader.value(column);
                converted[column] = typed[column] ? raw : TypeCounter.convert(families[column], raw);
                done[column] = true;
            }
            return converted[column];
        }

        @Override
        public boolean truncated() {
            return truncated;
        }

        @Override
        public String method() {
            return (truncated ? "first " + rows + " rows" : "full scan") + OF + layout;
        }
    }
}
