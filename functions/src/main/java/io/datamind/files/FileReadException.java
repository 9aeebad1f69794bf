package io.datamind.files;

import java.io.IOException;

/** A data file that cannot be read as its format: corrupt, binary, or beyond a limit. The message names the file. */
public class FileReadException extends IOException {

    public FileReadException(String message) {
        super(message);
    }

    public FileReadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure while reading {@code file}, named with its path in the dataset. */
    static FileReadException reading(StoredFile file, Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String hint = file.gzipped() && cause instanceof java.io.EOFException ? " (truncated or corrupt gzip data)" : "";
        return new FileReadException(file.relativePath() + " cannot be read: " + message + hint, cause);
    }
}
