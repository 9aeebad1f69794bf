package io.datamind.files;

import java.util.Optional;

/**
 * One file (or S3 object) of a dataset.
 *
 * @param location     where it is: an absolute local path or {@code s3://bucket/key}
 * @param relativePath its path below the dataset's root, '/'-separated; the file name alone for a single file
 * @param size         stored size in bytes
 */
public record StoredFile(String location, String relativePath, long size) {

    public String name() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.substring(slash + 1);
    }

    /** The folder below the root ("" at the root). */
    public String folder() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    public Optional<FileFormat> format() {
        return FileFormat.fromName(name());
    }

    public boolean gzipped() {
        return FileFormat.isGzipped(name());
    }
}
