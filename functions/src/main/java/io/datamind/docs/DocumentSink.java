package io.datamind.docs;

import java.io.IOException;

/** Where rendered files go: a local folder for the CLI, an S3 prefix in the cloud. */
public interface DocumentSink {
    void put(String relativePath, byte[] content, String contentType) throws IOException;
}
