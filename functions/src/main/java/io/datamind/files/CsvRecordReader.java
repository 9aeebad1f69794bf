package io.datamind.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV and TSV through commons-csv, streaming. Line endings may be mixed (\r\n, \n, \r); quoted fields may hold
 * delimiters and line breaks. Without a header the columns are {@code column_1}, {@code column_2}...; a row longer
 * than the header adds such columns, a shorter one leaves its missing cells empty. A reader of the file's start also
 * makes readers of its byte-range slices ({@link #slice}), which read with its encoding, delimiter and columns.
 */
final class CsvRecordReader implements RecordReader {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> columns = new ArrayList<>();
    private final String layout;
    private final TextDecoding.Decoded decoded;
    private final CsvLayout csvLayout;
    private CSVRecord current;
    private boolean capped;

    CsvRecordReader(InputStream in, StoredFile file, FileFormat format) throws IOException {
        TextDecoding.Decoded decoded = TextDecoding.open(in, file.name());
        BufferedReader reader = new BufferedReader(decoded.reader(), CsvLayout.SNIFF_CHARS + 1);
        reader.mark(CsvLayout.SNIFF_CHARS + 1);
        char[] sample = new char[CsvLayout.SNIFF_CHARS];
        int read = reader.read(sample, 0, sample.length);
        int length = Math.max(read, 0);
        while (read > 0 && length < sample.length) {
            read = reader.read(sample, length, sample.length - length);
            length += Math.max(read, 0);
        }
        reader.reset();
        CsvLayout layout = CsvLayout.sniff(new String(sample, 0, length), length < sample.length, format);
        this.parser = CSVParser.parse(reader, CsvLayout.format(layout.delimiter()));
        this.records = parser.iterator();
        this.layout = describe(decoded.encoding(), layout);
        this.decoded = decoded;
        this.csvLayout = layout;
        if (layout.header() && hasNext()) {
            readHeader(records.next());
        }
    }

    private CsvRecordReader(CsvRecordReader head, Reader data, boolean skipHeader) throws IOException {
        this.parser = CSVParser.parse(new BufferedReader(data, CsvLayout.SNIFF_CHARS), CsvLayout.format(head.csvLayout.delimiter()));
        this.records = parser.iterator();
        this.layout = head.layout;
        this.decoded = head.decoded;
        this.csvLayout = head.csvLayout;
        this.columns.addAll(head.columns);
        if (skipHeader && hasNext()) {
            records.next();
        }
    }

    /** True when the file may be split at line starts: its encoding keeps byte 0x0A for line feeds alone. */
    boolean lineSplittable() {
        return decoded.lineSplittable();
    }

    /**
     * A reader of one byte-range slice of this reader's file, with this reader's encoding, delimiter and columns
     * (the header is read once, here, from the file's start). {@code data} holds the slice's whole lines; when it
     * starts at the file's first byte it holds the byte order mark and the header row too, which are skipped.
     */
    CsvRecordReader slice(InputStream data, boolean fromFileStart) throws IOException {
        if (fromFileStart) {
            data.skipNBytes(decoded.bomBytes());
        }
        return new CsvRecordReader(this, TextDecoding.reader(data, decoded.charset()), fromFileStart && csvLayout.header());
    }

    private static String describe(String encoding, CsvLayout layout) {
        String delimiter = switch (layout.delimiter()) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + layout.delimiter() + "'";
        };
        return encoding + ", " + delimiter + "-delimited, " + (layout.header() ? "with a header row" : "no header row");
    }

    private void readHeader(CSVRecord header) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size() && i < MAX_COLUMNS; i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            int repeats = seen.merge(name, 1, Integer::sum);
            columns.add(repeats == 1 ? name : name + "_" + repeats);
        }
    }

    private boolean hasNext() throws IOException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean next() throws IOException {
        if (!hasNext()) {
            current = null;
            return false;
        }
        try {
            current = records.next();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        while (columns.size() < current.size()) {
            if (columns.size() >= MAX_COLUMNS) {
                capped = true;
                break;
            }
            columns.add("column_" + (columns.size() + 1));
        }
        return true;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Object value(int index) {
        return current != null && index < current.size() ? current.get(index) : null;
    }

    @Override
    public String layout() {
        return layout;
    }

    @Override
    public boolean columnsCapped() {
        return capped;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
