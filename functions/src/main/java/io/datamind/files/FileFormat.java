package io.datamind.files;

import java.util.Locale;
import java.util.Optional;

/**
 * The data file formats DataMind documents, recognised by the file name's extension (a trailing {@code .gz} means
 * the same format gzip-compressed). A file of any other name is not a table; where it was named explicitly, the
 * caller reports it as unsupported rather than skipping it in silence.
 */
public enum FileFormat {
    CSV(".csv"),
    TSV(".tsv", ".tab"),
    JSON(".json"),
    JSON_LINES(".jsonl", ".ndjson"),
    PARQUET(".parquet");

    private static final String GZIP = ".gz";

    private final String[] extensions;

    FileFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format of a file or object name such as {@code orders.csv.gz}; empty when it is not a supported format. */
    public static Optional<FileFormat> fromName(String name) {
        String lower = stripGzip(name.toLowerCase(Locale.ROOT));
        for (FileFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isGzipped(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(GZIP);
    }

    private static String stripGzip(String lower) {
        return lower.endsWith(GZIP) ? lower.substring(0, lower.length() - GZIP.length()) : lower;
    }
}
