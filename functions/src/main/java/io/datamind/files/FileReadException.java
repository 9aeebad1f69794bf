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
}
