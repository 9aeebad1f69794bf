package io.datamind.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/** Where data files live: a local directory or an S3 bucket. Reading is streaming or by byte range, never whole. */
public interface FileStorage {

    /**
     * The files at {@code root}: the one file when it names a file, else every file below it (recursively), sorted by
     * relative path.
     *
     * @throws IOException when the location cannot be listed (it does not exist, access denied)
     */
    java.util.List<StoredFile> list(String root) throws IOException;

    InputStream open(StoredFile file) throws IOException;

    /**
     * Streams the file from byte {@code offset} to its end, for a slice of a text file; closing the stream early must
     * not read the rest. This default skips the bytes before {@code offset}: storages with random access override it.
     */
    default InputStream open(StoredFile file, long offset) throws IOException {
        InputStream in = open(file);
        try {
            in.skipNBytes(offset);
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads {@code length} bytes at {@code offset}: Parquet's footer and column chunks need random access. */
    ByteBuffer readRange(StoredFile file, long offset, int length) throws IOException;
}
