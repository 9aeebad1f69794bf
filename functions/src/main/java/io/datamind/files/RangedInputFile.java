package io.datamind.files;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A stored file as Parquet's random-access input: every read is a byte-range read of the storage (a ranged GET in
 * S3), through a small read-ahead buffer, so the footer and each column chunk are fetched without the whole file.
 */
final class RangedInputFile implements InputFile {

    static final int READ_AHEAD = 1 << 20;

    private final FileStorage storage;
    private final StoredFile file;

    RangedInputFile(FileStorage storage, StoredFile file) {
        this.storage = storage;
        this.file = file;
    }

    @Override
    public long getLength() {
        return file.size();
    }

    @Override
    public SeekableInputStream newStream() {
        return new RangedStream();
    }

    private final class RangedStream extends SeekableInputStream {

        private long position;
        private ByteBuffer buffer = ByteBuffer.allocate(0);
        private long bufferStart;

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void seek(long newPosition) {
            position = newPosition;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= file.size()) {
                return -1;
            }
            if (position < bufferStart || position >= bufferStart + buffer.limit()) {
                fill(Math.max(length, READ_AHEAD));
            }
            int from = (int) (position - bufferStart);
            int count = Math.min(length, buffer.limit() - from);
            buffer.get(from, bytes, offset, count);
            position += count;
            return count;
        }

        private void fill(int wanted) throws IOException {
            int length = (int) Math.min(wanted, file.size() - position);
            buffer = storage.readRange(file, position, length);
            bufferStart = position;
        }

        @Override
        public void readFully(byte[] bytes) throws IOException {
            readFully(bytes, 0, bytes.length);
        }

        @Override
        public void readFully(byte[] bytes, int offset, int length) throws IOException {
            int done = 0;
            while (done < length) {
                int read = read(bytes, offset + done, length - done);
                if (read < 0) {
                    throw new EOFException("unexpected end of " + file.location() + " at byte " + position);
                }
                done += read;
            }
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            int length = target.remaining();
            byte[] bytes = new byte[length];
            int read = read(bytes, 0, length);
            if (read > 0) {
                target.put(bytes, 0, read);
            }
            return read;
        }

        @Override
        public void readFully(ByteBuffer target) throws IOException {
            byte[] bytes = new byte[target.remaining()];
            readFully(bytes);
            target.put(bytes);
        }
    }
}
