package io.datamind.cli;

import io.datamind.files.FileLimits;
import picocli.CommandLine.Option;

/** The limits of reading data files; each flag wins over its DATAMIND_FILES_* variable, which wins over the default. */
final class FileLimitSettings {

    @Option(names = "--max-file-bytes", paramLabel = "BYTES",
            description = "Largest data file read; larger ones fail with the reason (env DATAMIND_FILES_MAX_BYTES, "
                    + "default 10 GiB).")
    Long maxBytes;

    @Option(names = "--max-file-rows", paramLabel = "N",
            description = "Rows profiled per data file at most; the profile then covers the first N rows "
                    + "(env DATAMIND_FILES_MAX_ROWS, default 10000000).")
    Long maxRows;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "JSON nesting flattened into dotted columns; deeper objects stay JSON text "
                    + "(env DATAMIND_FILES_MAX_DEPTH, default 5).")
    Integer maxDepth;

    @Option(names = "--max-spill-bytes", paramLabel = "BYTES",
            description = "Temporary disk a gzip-compressed Parquet file may take decompressed "
                    + "(env DATAMIND_FILES_MAX_SPILL_BYTES, default 512 MiB).")
    Long maxSpillBytes;

    FileLimits limits() {
        FileLimits limits = FileLimits.fromEnvironment(System.getenv());
        if (maxBytes != null) {
            limits = limits.withMaxBytes(maxBytes);
        }
        if (maxRows != null) {
            limits = limits.withMaxRows(maxRows);
        }
        if (maxDepth != null) {
            limits = limits.withMaxDepth(maxDepth);
        }
        if (maxSpillBytes != null) {
            limits = limits.withMaxSpillBytes(maxSpillBytes);
        }
        return limits;
    }
}
