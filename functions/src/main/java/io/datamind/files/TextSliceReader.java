package io.datamind.files;

import java.io.IOException;
import java.util.List;

/**
 * The records of one byte-range slice of a text file. A record that holds a line break (a quoted CSV field) and
 * crosses the slice's end is cut there, so its reader fails at the end of the data: the error then says why, and
 * what to do. The slice after it, which starts inside that record, may read garbage without failing, but its
 * partial profile is never merged without this one.
 */
final class TextSliceReader implements RecordReader {

    private final RecordReader reader;
    private final LineRange lines;
    private final String slice;
    private final boolean endsInsideFile;

    /**
     * @param slice          the file and the slice, for messages ("orders.csv bytes 0–1023")
     * @param endsInsideFile false for the file's last slice, which ends where the file does
     */
    TextSliceReader(RecordReader reader, LineRange lines, String slice, boolean endsInsideFile) {
        this.reader = reader;
        this.lines = lines;
        this.slice = slice;
        this.endsInsideFile = endsInsideFile;
    }

    @Override
    public boolean next() throws IOException {
        try {
            return reader.next();
        } catch (IOException e) {
            if (endsInsideFile && lines.cut()) {
                throw new FileReadException(slice + " ends inside a record that spans lines (a quoted field holding"
                        + " a line break), so the file cannot be split at line starts there: profile it whole by raising"
                        + " the bytes per invocation (profileBytesPerInvocation, DATAMIND_PROFILE_BYTES_PER_INVOCATION)"
                        + " above its size. The reader said: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public List<String> columns() {
        return reader.columns();
    }

    @Override
    public Object value(int index) {
        return reader.value(index);
    }

    @Override
    public String layout() {
        return reader.layout();
    }

    @Override
    public boolean columnsCapped() {
        return reader.columnsCapped();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
