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

    /** Reads {@code length} bytes at {@code offset}: Parquet's footer and column chunks need random access. */
    ByteBuffer readRange(StoredFile file, long offset, int length) throws IOException;
}
