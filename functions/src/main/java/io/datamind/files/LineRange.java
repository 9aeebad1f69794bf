package io.datamind.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a text file that start in bytes {@code [start, end)}: from the first line start at or after
 * {@code start} to the first line start at or after {@code end}, where a line starts at byte 0 and after every
 * {@code \n}. Consecutive ranges of one file therefore hand every line to exactly one of them, whatever the byte
 * offsets: in the middle of a line, right on a {@code \n} or right after one.
 *
 * <p>A record is a line unless a quoted CSV field (or, in an invalid JSON Lines file, an object) holds a line break.
 * Such a record crossing {@code end} is cut: its reader then ends inside a quoted field or an object and fails, which
 * {@link #cut()} lets the caller explain. Only bytes are looked at, so the file's encoding must keep {@code 0x0A} for
 * line feeds alone (UTF-8, windows-1252; not UTF-16).
 */
final class LineRange extends InputStream {

    private static final int NEWLINE = '\n';

    private final InputStream in;
    private final long end;
    private long position;
    private boolean afterNewline;
    private boolean finished;
    private boolean cut;

    /**
     * @param from the file's bytes from {@code max(0, start - 1)} on: the byte before {@code start} tells whether a
     *             line starts right at {@code start}
     */
    LineRange(InputStream from, long start, long end) throws IOException {
        this.in = new BufferedInputStream(from, 64 * 1024);
        this.end = end;
        if (start == 0) {
            afterNewline = true;
        } else {
            position = start - 1;
            skipToLineStart();
        }
    }

    /** Leaves the stream at the byte after the first {@code \n} from the current position, or at the end of the file. */
    private void skipToLineStart() throws IOException {
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                finished = true;
                return;
            }
            position++;
            if (b == NEWLINE) {
                afterNewline = true;
                return;
            }
        }
    }

    /** True once the stream ended at the range's last line rather than at the end of the file. */
    boolean cut() {
        return cut;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (finished) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        if (position >= end && afterNewline) {
            finished = true;
            cut = true;
            return -1;
        }
        int wanted = position < end ? (int) Math.min(length, end - position) : length;
        int read = in.read(bytes, offset, wanted);
        if (read < 0) {
            finished = true;
            return -1;
        }
        if (position >= end) {
            read = upToNewline(bytes, offset, read);
        }
        position += read;
        afterNewline = bytes[offset + read - 1] == NEWLINE;
        return read;
    }

    /** Past the range's end only the rest of the last line is handed on; what was read beyond it is dropped. */
    private static int upToNewline(byte[] bytes, int offset, int read) {
        for (int i = 0; i < read; i++) {
            if (bytes[offset + i] == NEWLINE) {
                return i + 1;
            }
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
