package io.datamind.files;

import io.datamind.profile.FileRange;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.io.LocalInputFile;

/**
 * Opens a stored data file as records of its format, after checking it against the limits: the stored size first,
 * then gzip's magic bytes for a {@code .gz} name. Text formats stream; Parquet is read by byte range, except a
 * gzip-compressed Parquet file, which is decompressed to a temporary file up to the spill limit.
 */
public final class FileOpener {

    private static final int GZIP_BUFFER = 64 * 1024;

    private final FileStorage storage;
    private final FileLimits limits;

    public FileOpener(FileStorage storage, FileLimits limits) {
        this.storage = storage;
        this.limits = limits;
    }

    public FileLimits limits() {
        return limits;
    }

    /** @param knownColumns the columns an earlier pass found (JSON keys keep their indexes); empty on the first pass */
    RecordReader open(StoredFile file, List<String> knownColumns) throws IOException {
        FileFormat format = checked(file);
        if (format == FileFormat.PARQUET) {
            return file.gzipped() ? spilledParquet(file) : new ParquetRecordReader(new RangedInputFile(storage, file),
                    () -> { }, file.name());
        }
        InputStream in = content(file);
        try {
            return switch (format) {
                case CSV, TSV -> new CsvRecordReader(in, file, format);
                default -> new JsonRecordReader(in, file, format, limits.maxDepth(), knownColumns);
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The records of one slice of a file a {@link FileSlicer} planned: the row groups of a Parquet file, or the lines
     * of a text file that start in the byte range (see {@link LineRange}). Fails when the file's size is no longer the
     * planned one: its ranges would not cover it exactly once.
     */
    RecordReader openSlice(StoredFile file, List<String> knownColumns, FileRange range, String label) throws IOException {
        FileFormat format = checked(file);
        if (file.size() != range.fileBytes()) {
            throw new FileReadException(file.name() + " is " + file.size() + " bytes, but was " + range.fileBytes()
                    + " when it was split into slices: it changed during the run, profile it again");
        }
        if (range.unit() == FileRange.Unit.ROW_GROUPS) {
            return new ParquetRecordReader(new RangedInputFile(storage, file), () -> { }, file.name(),
                    Math.toIntExact(range.start()), Math.toIntExact(range.end()));
        }
        if (file.gzipped() || format == FileFormat.PARQUET || format == FileFormat.JSON) {
            throw new FileReadException(file.name() + " cannot be read by byte range: only uncompressed CSV, TSV and"
                    + " JSON Lines files can");
        }
        LineRange lines = new LineRange(storage.open(file, Math.max(0, range.start() - 1)), range.start(), range.end());
        try {
            RecordReader reader = format == FileFormat.JSON_LINES
                    ? new JsonRecordReader(lines, file, format, limits.maxDepth(), knownColumns, true)
                    : csvSlice(file, format, lines, range.start() == 0);
            return new TextSliceReader(reader, lines, file.name() + " " + label, range.end() < range.fileBytes());
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    private CsvRecordReader csvSlice(StoredFile file, FileFormat format, InputStream lines, boolean fromFileStart)
            throws IOException {
        try (CsvRecordReader head = csvHead(file, format)) {
            return head.slice(lines, fromFileStart);
        }
    }

    /**
     * A reader of the file's start, for its encoding, delimiter and header: what a whole read of the file would use.
     * It reads from offset 0 through {@link FileStorage#open(StoredFile, long)}, whose early close reads no further.
     */
    CsvRecordReader csvHead(StoredFile file, FileFormat format) throws IOException {
        InputStream in = new BufferedInputStream(storage.open(file, 0), GZIP_BUFFER);
        try {
            return new CsvRecordReader(in, file, format);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The first {@code length} bytes of the file at most, to tell whether it may be split. */
    byte[] head(StoredFile file, int length) throws IOException {
        int wanted = (int) Math.min(length, file.size());
        if (wanted == 0) {
            return new byte[0];
        }
        ByteBuffer buffer = storage.readRange(file, 0, wanted);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Rows of each row group of an uncompressed Parquet file, from its footer. */
    List<Long> rowGroupRows(StoredFile file) throws IOException {
        try (ParquetRecordReader reader = new ParquetRecordReader(new RangedInputFile(storage, file), () -> { },
                file.name())) {
            return reader.rowGroupRows();
        }
    }

    /** The file's format, after checking its name and stored size against the limits. */
    private FileFormat checked(StoredFile file) throws FileReadException {
        FileFormat format = file.format().orElseThrow(() -> new FileReadException(file.name()
                + " is not a supported data file: expected .csv, .tsv, .tab, .json, .jsonl, .ndjson or .parquet,"
                + " optionally followed by .gz"));
        if (file.size() > limits.maxBytes()) {
            throw new FileLimitException(file.name() + " is " + file.size() + " bytes, more than the limit of "
                    + limits.maxBytes() + " bytes (raise DATAMIND_FILES_MAX_BYTES or --max-file-bytes)");
        }
        return format;
    }

    /** The file's bytes, decompressed when its name ends in .gz. */
    private InputStream content(StoredFile file) throws IOException {
        InputStream raw = new BufferedInputStream(storage.open(file), GZIP_BUFFER);
        if (!file.gzipped()) {
            return raw;
        }
        raw.mark(2);
        int first = raw.read();
        int second = raw.read();
        raw.reset();
        if (first != 0x1f || second != 0x8b) {
            raw.close();
            throw new FileReadException(file.name() + " is named .gz but is not gzip-compressed");
        }
        try {
            return new GZIPInputStream(raw, GZIP_BUFFER);
        } catch (IOException e) {
            raw.close();
            throw new FileReadException(file.name() + " is a corrupt gzip file: " + e.getMessage(), e);
        }
    }

    private RecordReader spilledParquet(StoredFile file) throws IOException {
        Path spill = Files.createTempFile("datamind-", ".parquet");
        try (InputStream in = content(file); OutputStream out = Files.newOutputStream(spill)) {
            byte[] buffer = new byte[GZIP_BUFFER];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > limits.maxSpillBytes()) {
                    throw new FileLimitException(file.name() + " decompresses to more than " + limits.maxSpillBytes()
                            + " bytes, the limit for a temporary copy of a compressed Parquet file"
                            + " (raise DATAMIND_FILES_MAX_SPILL_BYTES or --max-spill-bytes, or store it uncompressed:"
                            + " Parquet compresses internally)");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spill);
            throw e;
        }
        return new ParquetRecordReader(new LocalInputFile(spill), () -> Files.deleteIfExists(spill), file.name());
    }
}
